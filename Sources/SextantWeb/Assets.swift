import Hummingbird
import NIOCore

/// The stylesheet and the small script, served from memory. The pages work without the script;
/// it only adds copying to the clipboard and reading a chosen file into the text box.
enum Assets {
    static func response(_ text: String, type: String) -> Response {
        Response(
            status: .ok, headers: [.contentType: type, .cacheControl: "public, max-age=3600"],
            body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    static let script = """
        // Sextant: small niceties on top of pages that work without JavaScript.
        document.addEventListener("DOMContentLoaded", () => {
          for (const button of document.querySelectorAll("[data-copy]")) {
            button.hidden = false;
            button.addEventListener("click", async () => {
              const source = document.getElementById(button.dataset.copy);
              try {
                await navigator.clipboard.writeText(source.value || source.textContent);
                button.textContent = "Copied";
              } catch {
                source.select();
              }
            });
          }
          for (const input of document.querySelectorAll("input[type=file][data-fill]")) {
            input.addEventListener("change", () => {
              const file = input.files[0];
              const target = document.getElementById(input.dataset.fill);
              if (!file || !target || file.size > 1048576) return;
              file.text().then((text) => { target.value = text; });
            });
          }
        });
        """

    static let stylesheet = """
        :root { --ink: #1b1f24; --muted: #59636e; --line: #d0d7de; --paper: #ffffff; --soft: #f4f6f8;
          --accent: #0b5cad; --it: #1f5fa8; --cy: #b3261e; --is: #1e7b45; --warn: #8a5a00; --error: #b3261e; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink);
          background: var(--paper); }
        a { color: var(--accent); }
        a:focus, button:focus, input:focus, textarea:focus, select:focus, summary:focus { outline: 3px solid #f2b600; outline-offset: 2px; }
        .skip { position: absolute; left: -999px; } .skip:focus { left: 8px; top: 8px; background: #fff; padding: 4px 8px; }
        header.site { display: flex; flex-wrap: wrap; gap: 0.5rem 2rem; align-items: center; padding: 0.75rem 1.25rem;
          border-bottom: 1px solid var(--line); background: var(--soft); }
        .brand { font-weight: 700; font-size: 1.2rem; text-decoration: none; color: var(--ink); }
        nav ul { list-style: none; display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; margin: 0; padding: 0; }
        nav a { text-decoration: none; } nav a[aria-current] { font-weight: 700; text-decoration: underline; }
        main { max-width: 62rem; margin: 0 auto; padding: 1rem 1.25rem 3rem; }
        footer.site { border-top: 1px solid var(--line); color: var(--muted); font-size: 0.9rem; padding: 1rem 1.25rem; }
        h1 { font-size: 1.7rem; line-height: 1.25; } h2 { font-size: 1.3rem; margin-top: 2rem; }
        .lead { font-size: 1.1rem; } .muted { color: var(--muted); }
        .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
        label { display: block; font-weight: 600; margin: 0.75rem 0 0.25rem; }
        input[type=text], input[type=date], input[type=number], select, textarea { width: 100%; font: inherit;
          padding: 0.5rem; border: 1px solid #8c959f; border-radius: 6px; background: #fff; color: var(--ink); }
        textarea { min-height: 16rem; font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 0.9rem; }
        .row { display: flex; flex-wrap: wrap; gap: 1rem; } .row > div { flex: 1 1 12rem; }
        button, .button { display: inline-block; font: inherit; font-weight: 600; padding: 0.55rem 1.1rem; margin: 1rem 0.5rem 0 0;
          border-radius: 6px; border: 1px solid var(--accent); background: var(--accent); color: #fff; cursor: pointer;
          text-decoration: none; }
        button.secondary, .button.secondary { background: #fff; color: var(--accent); }
        button.danger { background: var(--error); border-color: var(--error); }
        .verdict { border: 1px solid var(--line); border-radius: 10px; padding: 1rem 1.25rem; background: var(--soft); }
        .verdict p { margin: 0.25rem 0; }
        .discipline { font-weight: 700; } .discipline.itSecurity { color: var(--it); } .discipline.cybersecurity { color: var(--cy); }
        .discipline.informationSecurity { color: var(--is); } .discipline.none { color: var(--muted); }
        .finding { border-left: 4px solid var(--warn); padding: 0.5rem 0.75rem; margin: 0.75rem 0; background: #fff8e6; }
        .finding.error { border-color: var(--error); background: #fdecea; } .finding.info { border-color: var(--accent); background: #eaf2fb; }
        .finding code { font-weight: 700; } blockquote { margin: 0.4rem 0; padding-left: 0.75rem; border-left: 3px solid var(--line); color: var(--muted); }
        table { border-collapse: collapse; width: 100%; margin: 0.5rem 0; } th, td { text-align: left; padding: 0.4rem 0.5rem;
          border-bottom: 1px solid var(--line); vertical-align: top; } th { background: var(--soft); }
        .table-wrap { overflow-x: auto; }
        .badge { display: inline-block; font-size: 0.75rem; font-weight: 700; padding: 0.05rem 0.45rem; border-radius: 999px; }
        .badge.official { background: #dcefe3; color: #14532d; } .badge.secondary { background: #fff1cc; color: #6b4500; }
        .badge.unconfirmed { background: #fde2e1; color: #8b1a14; }
        .notice { border-left: 4px solid #b42318; background: #fdf3f2; padding: 0.6rem 0.9rem; }
        .strength-required { color: var(--error); font-weight: 700; } .strength-preferred { color: var(--warn); font-weight: 700; }
        .posting { white-space: pre-wrap; border: 1px solid var(--line); border-radius: 8px; padding: 1rem; background: #fff;
          font-size: 0.95rem; max-height: 40rem; overflow: auto; }
        mark { background: #fff0a8; color: inherit; padding: 0 1px; } mark.cert { background: #d7e9ff; }
        .chart svg { width: 100%; max-width: 40rem; height: auto; } .chart .label, .chart .value { font-size: 13px; fill: var(--ink); }
        .chart .track { fill: #eef1f4; } .chart .study { fill: #7aa7d9; } .chart .hold { fill: var(--is); }
        figcaption { color: var(--muted); font-size: 0.85rem; }
        .status-met { color: var(--is); font-weight: 700; } .status-unmet { color: var(--error); font-weight: 700; }
        .status-metOn { color: var(--warn); font-weight: 700; } .status-unknown { color: var(--muted); font-weight: 700; }
        details { margin: 0.5rem 0; } summary { cursor: pointer; font-weight: 600; }
        .cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr)); gap: 0.75rem; }
        .card { border: 1px solid var(--line); border-radius: 8px; padding: 0.75rem; }
        .figures .figure { font-size: 1.8rem; font-weight: 700; margin: 0; } .figures p { margin: 0.1rem 0; }
        figure.chart { margin: 0.75rem 0; }
        .charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(20rem, 1fr)); gap: 0.5rem 1.5rem; }
        .chart.small svg { max-width: 17rem; }
        .timeline svg { max-width: 44rem; } .timeline .year { font-size: 11px; fill: var(--muted); }
        .timeline .step-label { font-size: 12px; fill: var(--ink); } .timeline .grid { stroke: #e3e7ec; stroke-width: 1; }
        .timeline .today { stroke: #b3261e; stroke-width: 1.5; stroke-dasharray: 4 3; }
        .timeline .today-label { font-size: 10px; fill: #b3261e; }
        .timeline .wait { stroke: var(--muted); stroke-width: 1.5; stroke-dasharray: 2 3; }
        .timeline .milestone { fill: none; stroke: var(--muted); stroke-width: 1.5; } .chart .tick { font-size: 11px; fill: var(--muted); text-anchor: middle; }
        .fill-itSecurity { fill: var(--it); } .fill-cybersecurity { fill: var(--cy); } .fill-informationSecurity { fill: var(--is); }
        .fill-none, .fill-neutral { fill: #6e7f96; } .fill-required { fill: #b3261e; } .fill-preferred { fill: #e0a020; }
        .fill-mentioned { fill: #9aa7b4; } .fill-error { fill: var(--error); } .fill-warning { fill: #d08a00; } .fill-info { fill: var(--accent); }
        .key { display: inline-block; width: 0.8rem; height: 0.8rem; vertical-align: middle; }
        .key.fill-required { background: #b3261e; } .key.fill-preferred { background: #e0a020; } .key.fill-mentioned { background: #9aa7b4; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
        .heat-0 { background: #fff; } .heat-1 { background: #eef4fb; } .heat-2 { background: #dbe8f7; } .heat-3 { background: #c4daf2; }
        .heat-4 { background: #a9c8ec; } .heat-5 { background: #8db6e6; }
        .callout { border-left: 4px solid var(--accent); background: #eaf2fb; padding: 0.5rem 0.75rem; }
        .examples q { color: var(--muted); } .broken code { font-size: 0.85rem; }
        progress { width: 100%; height: 1.2rem; }
        fieldset.item { border: 1px solid var(--line); border-radius: 8px; padding: 0.25rem 1rem 0.75rem; margin: 0.75rem 0; }
        fieldset.item legend { font-weight: 700; padding: 0 0.35rem; }
        fieldset.checks { border: 0; padding: 0; margin: 0.5rem 0 0; } fieldset.checks legend { font-weight: 600; padding: 0; }
        label.check { display: inline-flex; align-items: baseline; gap: 0.35rem; font-weight: 400; margin: 0.2rem 1.25rem 0.2rem 0; }
        button.small, .button.small { padding: 0.3rem 0.75rem; font-size: 0.9rem; margin-top: 0.6rem; }
        form.upload { border: 1px dashed #8c959f; border-radius: 8px; padding: 0.25rem 1rem 0.75rem; margin: 1rem 0 1.5rem; }
        @media (max-width: 40rem) { h1 { font-size: 1.4rem; } main { padding: 0.75rem; } th, td { padding: 0.3rem; } }
        """
}
