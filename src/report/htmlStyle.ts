/** The inline style sheet of `reportToHtml`'s page: system fonts only, nothing fetched. Internal. */
export const HTML_STYLE = `
:root { --ink: #1f2933; --muted: #616e7c; --line: #e4e7eb; --bg: #f5f7fa; --a: #2f4b7c; --b: #7fc4b8;
  --low: #c0392b; --mid: #b7791f; --ok: #2f855a; }
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--ink);
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
main { max-width: 1120px; margin: 0 auto; padding: 28px 32px 40px; }
header h1 { font-size: 26px; margin: 0 0 4px; font-weight: 650; }
.sub { color: var(--muted); margin: 0 0 20px; }
h2 { font-size: 18px; margin: 0 0 10px; font-weight: 620; }
h3 { font-size: 15px; margin: 16px 0 8px; font-weight: 600; }
section { background: #fff; border: 1px solid var(--line); border-radius: 10px; padding: 18px 20px; margin: 0 0 18px; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(160px, 1fr)); gap: 12px; background: none;
  border: 0; padding: 0; }
.card { background: #fff; border: 1px solid var(--line); border-radius: 10px; padding: 12px 14px; }
.card .k { color: var(--muted); font-size: 11px; text-transform: uppercase; letter-spacing: .03em; white-space: nowrap; }
.card .v { font-size: 26px; font-weight: 650; margin: 2px 0; font-variant-numeric: tabular-nums; }
.card .n { color: var(--muted); font-size: 12px; }
.two { display: grid; grid-template-columns: 1fr 1fr; gap: 18px; }
.two > div { min-width: 0; }
.note { color: var(--muted); font-size: 12.5px; margin: 0 0 10px; }
table { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums; }
th, td { padding: 5px 8px; border-bottom: 1px solid var(--line); text-align: right; white-space: nowrap; }
th { font-size: 12px; color: var(--muted); font-weight: 600; background: #fafbfc; }
th:first-child, td:first-child { text-align: left; white-space: normal; }
td.text, th.text { text-align: left; white-space: normal; }
tbody tr:nth-child(even) { background: #fbfcfd; }
.cov { display: inline-block; min-width: 46px; padding: 1px 6px; border-radius: 9px; color: #fff; font-size: 12px; text-align: center; }
.cov.low { background: var(--low); } .cov.mid { background: var(--mid); } .cov.ok { background: var(--ok); }
.tag { display: inline-block; padding: 1px 7px; margin: 2px 4px 2px 0; border-radius: 9px; background: #fdecea;
  color: var(--low); font-size: 12.5px; }
ol { margin: 0; padding-left: 20px; } li { margin: 3px 0; }
.chart { display: block; max-width: 100%; height: auto; margin: 4px 0 12px; }
.chart .a { fill: var(--a); } .chart .b { fill: var(--b); } .chart .axis { stroke: #9aa5b1; stroke-width: 1; }
.chart text { font-family: inherit; fill: var(--ink); } .chart .label { font-size: 12px; }
.chart .value, .chart .tick { font-size: 11px; fill: var(--muted); } .chart .legend { font-size: 12px; fill: var(--muted); }
footer { color: var(--muted); font-size: 12px; text-align: center; margin-top: 8px; }
@media (max-width: 800px) { .two { grid-template-columns: 1fr; } }
`;
