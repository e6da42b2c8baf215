/**
 * The sample topic taxonomy: what people at a start-up or a mid-size company ask a colleague about.
 * Twelve domains, each with hand-written topics rated by how hot they are (5: everyone asks, 1:
 * rarely). A programme that wants more topics than the hand-written ones gets generated topics,
 * "<topic> for <context>" (e.g. "Pricing strategy for marketplaces"), under the same domain.
 */
import { type InputIssue, InvalidInputError } from '../../errors.js';
import { describeValue } from '../../internal/describeValue.js';
import { issue } from '../../model/issues.js';

/** A topic of the sample taxonomy. */
export interface SampleTopic {
  readonly id: string;
  readonly name: string;
  /** The domain's id; absent on a domain itself. */
  readonly parent?: string;
  /** How often it is asked about, 1 (rarely) to 5 (everyone asks); 0 for a domain. */
  readonly hot: number;
}

type Leaf = readonly [id: string, name: string, hot: number];

/** The domains and their topics, hottest first within each domain. */
export const DOMAINS: readonly { readonly id: string; readonly name: string; readonly topics: readonly Leaf[] }[] = [
  {
    id: 'finance',
    name: 'Finance',
    topics: [
      ['pricing', 'Pricing strategy', 5],
      ['fundraising', 'Fundraising and investor relations', 5],
      ['unit-economics', 'Unit economics', 4],
      ['budgeting', 'Budgeting and forecasting', 4],
      ['cash-flow', 'Cash-flow management', 3],
      ['financial-modelling', 'Financial modelling', 3],
      ['cost-control', 'Cost control', 2],
      ['accounting-basics', 'Accounting basics', 2],
      ['tax', 'Tax and VAT', 1],
    ],
  },
  {
    id: 'marketing',
    name: 'Marketing',
    topics: [
      ['seo', 'SEO', 5],
      ['growth-marketing', 'Growth marketing', 5],
      ['content-marketing', 'Content marketing', 4],
      ['social-media', 'Social media', 4],
      ['brand', 'Brand building', 3],
      ['paid-acquisition', 'Paid acquisition', 3],
      ['marketing-analytics', 'Marketing analytics', 3],
      ['email-marketing', 'Email marketing', 2],
      ['events', 'Events and trade shows', 1],
      ['press-relations', 'Press relations', 1],
    ],
  },
  {
    id: 'technology',
    name: 'Technology',
    topics: [
      ['ai-tools', 'AI tools at work', 5],
      ['generative-ai', 'Generative AI and LLMs', 5],
      ['data-analysis', 'Data analysis', 4],
      ['cybersecurity', 'Cybersecurity', 4],
      ['cloud', 'Cloud platforms', 3],
      ['no-code', 'No-code and automation', 3],
      ['spreadsheets', 'Advanced spreadsheets', 3],
      ['software-architecture', 'Software architecture', 2],
      ['devops', 'DevOps and CI/CD', 2],
    ],
  },
  {
    id: 'leadership',
    name: 'Leadership',
    topics: [
      ['giving-feedback', 'Giving feedback', 5],
      ['first-time-manager', 'Becoming a first-time manager', 4],
      ['delegation', 'Delegation', 4],
      ['hiring', 'Hiring and interviewing', 4],
      ['remote-teams', 'Leading remote teams', 3],
      ['change-management', 'Change management', 3],
      ['conflict-resolution', 'Conflict resolution', 3],
      ['coaching', 'Coaching your team', 2],
      ['decision-making', 'Decision making', 2],
    ],
  },
  {
    id: 'negotiation',
    name: 'Negotiation',
    topics: [
      ['salary-negotiation', 'Negotiating salary and offers', 4],
      ['difficult-conversations', 'Difficult conversations', 4],
      ['contract-negotiation', 'Contract negotiation', 3],
      ['closing-deals', 'Closing deals', 3],
      ['supplier-negotiation', 'Supplier negotiation', 2],
    ],
  },
  {
    id: 'sales',
    name: 'Sales',
    topics: [
      ['b2b-sales', 'B2B sales', 4],
      ['prospecting', 'Prospecting and outbound', 3],
      ['sales-pipeline', 'Pipeline management and CRM', 3],
      ['customer-success', 'Customer success', 3],
      ['key-accounts', 'Key account management', 2],
      ['partnerships', 'Partnerships', 2],
    ],
  },
  {
    id: 'product',
    name: 'Product',
    topics: [
      ['product-discovery', 'Product discovery', 4],
      ['roadmapping', 'Roadmapping and prioritisation', 4],
      ['go-to-market', 'Go-to-market', 4],
      ['product-market-fit', 'Product–market fit', 4],
      ['user-research', 'User research', 3],
      ['ux-design', 'UX design', 3],
      ['product-analytics', 'Product analytics', 3],
    ],
  },
  {
    id: 'hr',
    name: 'People and HR',
    topics: [
      ['performance-reviews', 'Performance reviews', 3],
      ['diversity-inclusion', 'Diversity and inclusion', 3],
      ['wellbeing', 'Wellbeing and burnout prevention', 3],
      ['onboarding', 'Onboarding', 2],
      ['compensation', 'Compensation and benefits', 2],
      ['employer-branding', 'Employer branding', 2],
      ['employment-law', 'Employment law', 2],
    ],
  },
  {
    id: 'legal',
    name: 'Legal',
    topics: [
      ['gdpr', 'GDPR and data privacy', 4],
      ['contracts', 'Drafting contracts', 3],
      ['ai-regulation', 'AI regulation', 3],
      ['intellectual-property', 'Intellectual property', 2],
      ['compliance', 'Compliance', 2],
      ['corporate-law', 'Corporate law and cap tables', 2],
    ],
  },
  {
    id: 'operations',
    name: 'Operations',
    topics: [
      ['project-management', 'Project management', 4],
      ['okrs', 'OKRs and goal setting', 4],
      ['process-improvement', 'Process improvement', 3],
      ['supply-chain', 'Supply chain', 2],
      ['procurement', 'Procurement', 1],
      ['vendor-management', 'Vendor management', 1],
    ],
  },
  {
    id: 'communication',
    name: 'Communication',
    topics: [
      ['public-speaking', 'Public speaking', 5],
      ['storytelling', 'Storytelling', 4],
      ['business-writing', 'Business writing', 3],
      ['presentations', 'Presentation slides', 3],
      ['business-english', 'Business English', 3],
      ['facilitation', 'Running workshops', 2],
    ],
  },
  {
    id: 'strategy',
    name: 'Strategy',
    topics: [
      ['business-strategy', 'Business strategy', 3],
      ['market-analysis', 'Market analysis', 3],
      ['business-model', 'Business model design', 3],
      ['sustainability', 'Sustainability and CSR', 3],
      ['international-expansion', 'International expansion', 2],
      ['m-and-a', 'Mergers and acquisitions', 1],
    ],
  },
];

/** Contexts that turn a hand-written topic into a generated one. */
const CONTEXTS: readonly string[] = [
  'start-ups',
  'scale-ups',
  'B2B',
  'B2C',
  'marketplaces',
  'SaaS',
  'retail',
  'regulated industries',
  'the public sector',
  'non-profits',
  'hardware',
  'healthcare',
];

/** The number of hand-written topics, domains included. */
export const HAND_WRITTEN_TOPICS = DOMAINS.reduce((n, d) => n + 1 + d.topics.length, 0);

/** A slug for ids: lower case, words joined by '-'. */
function slug(text: string): string {
  return text
    .toLowerCase()
    .replaceAll(/[^a-z0-9]+/g, '-')
    .replaceAll(/^-|-$/g, '');
}

/**
 * What is wrong with `count` as a number of topics (an integer above the number of domains), at
 * `path`; undefined when nothing is.
 */
export function topicCountIssue(count: unknown, path: string[]): InputIssue | undefined {
  const found = describeValue(count);
  if (!Number.isInteger(count)) return issue(path, 'invalid_type', { expected: 'integer', found });
  if ((count as number) <= DOMAINS.length)
    return issue(path, 'too_small', { origin: 'number', minimum: DOMAINS.length, inclusive: false, found });
  return undefined;
}

/**
 * A taxonomy of exactly `count` topics: every domain, then hand-written topics (hottest first, taken
 * in turn from each domain when not all fit), then generated ones.
 *
 * @throws {@link InvalidInputError} when `count` is not an integer above the number of domains.
 */
export function taxonomy(count: number): SampleTopic[] {
  const problem = topicCountIssue(count, ['count']);
  if (problem !== undefined) throw new InvalidInputError('taxonomy', [problem]);
  const domains: SampleTopic[] = DOMAINS.map((d) => ({ id: d.id, name: d.name, hot: 0 }));
  // Hand-written topics in turns: each domain's hottest, then each domain's second, and so on.
  const turns: SampleTopic[] = [];
  const longest = Math.max(...DOMAINS.map((d) => d.topics.length));
  for (let k = 0; k < longest; k++)
    for (const d of DOMAINS) {
      const leaf = d.topics[k];
      if (leaf !== undefined) turns.push({ id: leaf[0], name: leaf[1], parent: d.id, hot: leaf[2] });
    }
  const leaves = turns.slice(0, count - domains.length);
  // Generated topics: every hand-written topic in a first context, then in a second, and so on.
  for (let k = 0; leaves.length < count - domains.length; k++) {
    const base = turns[k % turns.length] as SampleTopic;
    const context = CONTEXTS[Math.floor(k / turns.length) % CONTEXTS.length] as string;
    const round = Math.floor(k / (turns.length * CONTEXTS.length));
    const suffix = round === 0 ? '' : ` (${round + 1})`;
    leaves.push({
      id: `${base.id}--${slug(context)}${round === 0 ? '' : `-${round + 1}`}`,
      name: `${base.name} for ${context}${suffix}`,
      parent: base.parent as string,
      hot: Math.max(1, base.hot - 2),
    });
  }
  // Domains first, then each domain's topics together, as an admin would list them.
  const order = new Map(DOMAINS.map((d, k) => [d.id, k] as const));
  const byDomain = (t: SampleTopic) => order.get(t.parent as string) as number;
  const sorted = leaves.map((t, k) => ({ t, k })).sort((a, b) => byDomain(a.t) - byDomain(b.t) || a.k - b.k);
  return [...domains, ...sorted.map((x) => x.t)];
}
