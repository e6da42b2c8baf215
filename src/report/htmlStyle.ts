/** The inline style sheet of `reportToHtml`'s page: system fonts only, nothing fetched. Internal. */
export const HTML_STYLE = `
:root{--ink:#1f2933;--muted:#616e7c;--line:#e4e7eb;--a:#2f4b7c;--b:#7fc4b8}
*{box-sizing:border-box}
body{margin:0;background:#f5f7fa;color:var(--ink);font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif}
main{max-width:1120px;margin:0 auto;padding:28px 32px 40px}
h1{font-size:26px;margin:0 0 4px}
h2{font-size:18px;margin:0 0 10px}
h3{font-size:15px;margin:6px 0 8px}
.sub,.note,.n,footer{color:var(--muted)}
.sub{margin:0 0 20px}
section,.card{background:#fff;border:1px solid var(--line);border-radius:10px}
section{padding:18px 20px;margin:0 0 18px}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(160px,1fr));gap:12px;margin:0 0 18px}
.card{padding:12px 14px}
.k{color:var(--muted);font-size:11px;text-transform:uppercase;letter-spacing:.03em;white-space:nowrap}
.v{font-size:26px;font-weight:650;margin:2px 0}
.n,.note{font-size:12.5px}
.two{display:grid;grid-template-columns:1fr 1fr;gap:18px 28px}
.two>div{min-width:0}
table{border-collapse:collapse;width:100%;font-variant-numeric:tabular-nums;margin:0 0 8px}
th,td{padding:5px 8px;border-bottom:1px solid var(--line);text-align:right;white-space:nowrap}
th{font-size:12px;color:var(--muted);background:#fafbfc}
th:first-child,td:first-child,.text{text-align:left;white-space:normal}
tbody tr:nth-child(even){background:#fbfcfd}
.cov{display:inline-block;min-width:46px;padding:1px 6px;border-radius:9px;color:#fff;font-size:12px;text-align:center;background:#2f855a}
.low{background:#c0392b}.mid{background:#b7791f}
.tag{display:inline-block;padding:1px 7px;margin:2px 0;border-radius:9px;background:#fdecea;color:#c0392b}
ol{margin:0;padding-left:20px}li{margin:3px 0}
.chart{display:block;max-width:100%;height:auto;margin:4px 0 12px}
.chart .a{fill:var(--a)}.chart .b{fill:var(--b)}.chart .axis{stroke:#9aa5b1}
.chart text{fill:var(--ink);font-size:12px}.chart .value,.chart .tick,.chart .legend{fill:var(--muted);font-size:11px}
footer{font-size:12px;text-align:center}
@media (max-width:800px){.two{grid-template-columns:1fr}}
`;
