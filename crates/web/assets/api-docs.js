// Renders the OpenAPI document of this node: operations by tag, their parameters, bodies and
// responses, with schemas expandable as JSON. Served from the binary; it loads nothing else.
const esc = s => String(s ?? "").replace(/[&<>"]/g, c => ({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"}[c]));
const ref = r => r && r.$ref ? r.$ref.split("/").pop() : null;
function schemaName(s) {
  if (!s) return "";
  if (s.$ref) return ref(s);
  if (s.type === "array") return schemaName(s.items) + "[]";
  return s.type || (s.oneOf ? "one of" : "object");
}
fetch("/api/v1/openapi.json").then(r => r.json()).then(doc => {
  document.getElementById("api-description").innerHTML =
    `${esc(doc.info.description)} OpenAPI ${esc(doc.openapi)}.`;
  const byTag = {};
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(item)) {
      const tag = (op.tags || ["other"])[0];
      (byTag[tag] = byTag[tag] || []).push({path, method, op});
    }
  }
  let html = "";
  for (const tag of (doc.tags || []).map(t => t.name)) {
    const t = doc.tags.find(x => x.name === tag);
    html += `<h2 id="${esc(tag)}">${esc(tag)}</h2><p>${esc(t.description)}</p>`;
    for (const {path, method, op} of byTag[tag] || []) {
      const params = (op.parameters || []).map(p =>
        `<tr><td><code>${esc(p.name)}</code></td><td>${esc(p.in)}</td><td>${esc(schemaName(p.schema))}</td><td>${p.required ? "required" : ""}</td><td>${esc(p.description)}</td></tr>`).join("");
      const body = op.requestBody ? Object.values(op.requestBody.content)[0].schema : null;
      const responses = Object.entries(op.responses).map(([code, r]) => {
        const c = r.content ? Object.entries(r.content)[0] : null;
        return `<tr><td>${esc(code)}</td><td>${esc(r.description)}</td><td>${c ? esc(c[0]) + " " + esc(schemaName(c[1].schema)) : ""}</td></tr>`;
      }).join("");
      html += `<details><summary><span class="m ${esc(method)}">${esc(method.toUpperCase())}</span> <code>${esc(path)}</code>${op.security ? " 🔑" : ""}</summary>
        ${params ? `<h3>Parameters</h3><table><tr><th>name</th><th>in</th><th>type</th><th></th><th></th></tr>${params}</table>` : ""}
        ${body ? `<h3>Body</h3><p><code>${esc(schemaName(body))}</code></p>` : ""}
        <h3>Responses</h3><table><tr><th>status</th><th>meaning</th><th>body</th></tr>${responses}</table></details>`;
    }
  }
  html += "<h2>Schemas</h2>";
  for (const [name, s] of Object.entries((doc.components || {}).schemas || {})) {
    html += `<details><summary><code>${esc(name)}</code></summary><pre>${esc(JSON.stringify(s, null, 2))}</pre></details>`;
  }
  document.getElementById("ops").innerHTML = html;
}).catch(e => { document.getElementById("api-description").textContent = "The API description could not be loaded: " + e; });
