package io.github.reviewagent.report;

/**
 * The stylesheet inlined into {@code review.html}: light and dark schemes, severity colours, the code
 * excerpts and the complexity chart. It holds no {@code <} or {@code &}, so the page stays well-formed XML.
 */
final class HtmlStyle {

  private HtmlStyle() {}

  static final String CSS =
      """

      :root {
        --bg: #f6f8fa; --card: #ffffff; --fg: #1f2328; --muted: #656d76; --line: #d0d7de;
        --code-bg: #ffffff; --hit: #fff8c5; --chg: #1a7f37; --zebra: #f6f8fa;
        --blocker: #8250df; --critical: #cf222e; --major: #bc4c00; --minor: #9a6700; --info: #0969da;
        --up: #cf222e; --down: #1a7f37; --new: #0969da; --same: #8c959f;
        --passed: #1a7f37; --failed: #cf222e; --partial: #9a6700; --skipped: #656d76;
      }
      @media (prefers-color-scheme: dark) {
        :root {
          --bg: #0d1117; --card: #161b22; --fg: #e6edf3; --muted: #8d96a0; --line: #30363d;
          --code-bg: #0d1117; --hit: #3b2e00; --chg: #3fb950; --zebra: #1c2128;
          --blocker: #a371f7; --critical: #f85149; --major: #db6d28; --minor: #d29922; --info: #4493f8;
          --up: #f85149; --down: #3fb950; --new: #4493f8; --same: #6e7681;
          --passed: #3fb950; --failed: #f85149; --partial: #d29922; --skipped: #8d96a0;
        }
      }
      * { box-sizing: border-box; }
      body { margin: 0; background: var(--bg); color: var(--fg);
        font: 15px/1.5 -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
      code, .code, .chart text { font-family: ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, monospace; }
      code { font-size: 0.9em; overflow-wrap: anywhere; }
      main, .top, footer { max-width: 1100px; margin: 0 auto; padding: 0 24px; }
      h2 { font-size: 1.25em; margin: 32px 0 12px; padding-bottom: 6px; border-bottom: 1px solid var(--line); }
      h3 { font-size: 1em; margin: 0 0 12px; font-weight: 600; }
      .muted, .kicker, small { color: var(--muted); }
      .top { padding-top: 28px; padding-bottom: 8px; }
      .kicker { margin: 0; font-size: 0.85em; text-transform: uppercase; letter-spacing: 0.06em; }
      h1 { margin: 4px 0 8px; font-size: 2em; }
      .verdict { border-left: 6px solid var(--verdict); padding-left: 12px; }
      .passed { --verdict: var(--passed); } .failed { --verdict: var(--failed); }
      .partial { --verdict: var(--partial); } .skipped { --verdict: var(--skipped); }
      .reason { margin: 0 0 16px; font-size: 1.05em; }
      .facts { display: flex; flex-wrap: wrap; gap: 8px 28px; margin: 0 0 16px; }
      .facts div { display: flex; gap: 6px; } .facts dt { color: var(--muted); } .facts dd { margin: 0; font-weight: 600; }
      .counts { list-style: none; display: flex; flex-wrap: wrap; gap: 10px; padding: 0; margin: 0; }
      .count { background: var(--card); border: 1px solid var(--line); border-top: 4px solid var(--sev, var(--line));
        border-radius: 8px; padding: 8px 14px; min-width: 110px; }
      .count b { font-size: 1.6em; display: block; line-height: 1.1; }
      .count.zero { opacity: 0.55; }
      .sev-blocker { --sev: var(--blocker); } .sev-critical { --sev: var(--critical); } .sev-major { --sev: var(--major); }
      .sev-minor { --sev: var(--minor); } .sev-info { --sev: var(--info); }
      .notes ul { background: var(--card); border: 1px solid var(--line); border-left: 4px solid var(--partial);
        border-radius: 8px; padding: 12px 16px 12px 36px; margin: 0; }
      .lede { margin: 0 0 12px; }
      .chart-wrap, .table-wrap, .code-wrap { overflow-x: auto; }
      .chart-wrap { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 12px; }
      .chart { max-width: 100%; height: auto; display: block; }
      .chart text { font-size: 12px; fill: var(--fg); }
      .chart .axis, .chart .value { fill: var(--muted); font-size: 11px; }
      .chart .axis-title { font-weight: 600; }
      .chart .zebra { fill: var(--zebra); }
      .chart .track { stroke: var(--line); stroke-width: 1; }
      .chart .bar { stroke-width: 3; stroke-linecap: round; }
      .chart .dot-base { fill: var(--card); stroke: var(--same); stroke-width: 2; }
      .chart .up { stroke: var(--up); fill: var(--up); } .chart .down { stroke: var(--down); fill: var(--down); }
      .chart .new { stroke: var(--new); fill: var(--new); } .chart .same { stroke: var(--same); fill: var(--same); }
      .chart .pill-new { fill: var(--new); font-weight: 600; } .chart .pill-removed { fill: var(--muted); font-weight: 600; }
      details { margin: 12px 0; } summary { cursor: pointer; color: var(--muted); }
      table.metrics { border-collapse: collapse; width: 100%; margin-top: 8px; background: var(--card); font-size: 0.9em; }
      .metrics th, .metrics td { border: 1px solid var(--line); padding: 4px 8px; text-align: left; white-space: nowrap; }
      .metrics td.up { color: var(--up); font-weight: 600; } .metrics td.down { color: var(--down); }
      .filter { margin: 0 0 8px; color: var(--muted); }
      .toc ul { list-style: none; padding: 0; margin: 0 0 16px; }
      .toc li { padding: 2px 0; } .toc a { color: inherit; }
      .file { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 14px 16px; margin: 0 0 16px; }
      .tag { display: inline-block; font-size: 0.75em; font-weight: 500; border: 1px solid var(--line); border-radius: 10px;
        padding: 0 8px; color: var(--muted); vertical-align: middle; }
      .badge { display: inline-block; font-size: 0.75em; font-weight: 600; color: #ffffff; background: var(--sev);
        border-radius: 10px; padding: 1px 8px; vertical-align: middle; }
      .group { border-left: 4px solid var(--sev); padding: 4px 0 8px 12px; margin: 14px 0; }
      .finding { margin: 4px 0 8px; }
      .finding.suppressed { opacity: 0.6; }
      .finding-head .loc { color: var(--muted); text-decoration: none; font-size: 0.9em; }
      .rule { font-weight: 600; }
      .msg { margin: 6px 0; white-space: pre-line; } .suggestion { margin: 6px 0; white-space: pre-line; color: var(--muted); }
      .parse-error { color: var(--critical); }
      .code-wrap { border: 1px solid var(--line); border-radius: 6px; background: var(--code-bg); }
      table.code { border-collapse: collapse; width: 100%; font-size: 12.5px; line-height: 1.45; tab-size: 4; }
      .code td { padding: 0 10px; white-space: pre; vertical-align: top; }
      .code .ln { text-align: right; color: var(--muted); user-select: none; width: 1%; border-left: 3px solid transparent; }
      .code tr.chg .ln { border-left-color: var(--chg); color: var(--chg); }
      .code tr.hit .src { background: var(--hit); }
      .code tr.gap td { color: var(--muted); font-style: italic; }
      .clean ul { columns: 2; }
      footer { color: var(--muted); font-size: 0.85em; padding-top: 24px; padding-bottom: 32px; }
      body:has(#only-changed:checked) .hideable, body:has(#only-changed:checked) .finding.off-change,
      body:has(#only-changed:checked) .finding.suppressed { display: none; }
      """;
}
