export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c);
}

const STYLE = `
body{font-family:system-ui,sans-serif;background:#eef2f7;color:#13233a;margin:0;padding:2rem 1rem}
main{max-width:28rem;margin:0 auto;background:#fff;border-radius:12px;padding:1.5rem 1.75rem;box-shadow:0 2px 12px rgba(0,0,0,.08)}
h1{margin:0 0 .25rem;font-size:1.6rem}p{line-height:1.5}
.sandbox{display:inline-block;background:#ffe8a3;color:#5a4200;border-radius:4px;padding:.1rem .5rem;font-size:.8rem;font-weight:600}
ul{list-style:none;padding:0;margin:1rem 0;display:grid;gap:.5rem}
button{width:100%;font:inherit;padding:.7rem 1rem;border-radius:8px;border:1px solid #0b3d91;background:#0b3d91;color:#fff;cursor:pointer;text-align:left}
button.secondary{background:#fff;color:#0b3d91}
button:focus-visible{outline:3px solid #f5a623;outline-offset:2px}
`;

export function htmlPage(title: string, body: string): string {
  return `<!doctype html>
<html lang="nb">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body><main>${body}</main></body>
</html>`;
}

export function hiddenFields(params: Record<string, string>): string {
  return Object.entries(params)
    .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`)
    .join("");
}
