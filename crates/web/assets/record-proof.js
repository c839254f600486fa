// Re-checks the proof in the browser (RFC 9162 §2.1.3.2, as docs/verify_proof.py does):
// leaf = SHA-256(0x00 ‖ canonical bytes ‖ signature), then the path up to the checkpoint's root.
(async function () {
  const out = document.getElementById("proof-status");
  const d = document.getElementById("proof").dataset;
  if (!window.crypto || !crypto.subtle) return;
  const b64 = s => Uint8Array.from(atob(s), c => c.charCodeAt(0));
  const hex = a => Array.from(a, b => b.toString(16).padStart(2, "0")).join("");
  const cat = (...parts) => { const r = new Uint8Array(parts.reduce((n, p) => n + p.length, 0)); let o = 0; for (const p of parts) { r.set(p, o); o += p.length; } return r; };
  const sha = async data => new Uint8Array(await crypto.subtle.digest("SHA-256", data));
  const node = (l, r) => sha(cat(new Uint8Array([1]), l, r));
  let ok = false;
  try {
    const leaf = await sha(cat(new Uint8Array([0]), b64(d.bytes), b64(d.signature)));
    const lines = document.getElementById("checkpoint").textContent.split("\n");
    const size = Number(lines[1]);
    const root = b64(lines[2]);
    const path = d.proof ? d.proof.split(" ").map(b64) : [];
    let fn = Number(d.index), sn = size - 1, r = leaf;
    let valid = hex(leaf) === d.leaf && fn < size && size === Number(d.size);
    for (const p of path) {
      if (!valid) break;
      if (sn === 0) { valid = false; break; }
      if ((fn % 2) === 1 || fn === sn) {
        r = await node(p, r);
        if ((fn % 2) === 0) { while ((fn % 2) === 0 && fn !== 0) { fn = Math.floor(fn / 2); sn = Math.floor(sn / 2); } }
      } else {
        r = await node(r, p);
      }
      fn = Math.floor(fn / 2); sn = Math.floor(sn / 2);
    }
    ok = valid && sn === 0 && hex(r) === hex(root);
  } catch (e) { ok = false; }
  out.dataset.verified = ok ? "true" : "false";
  out.dataset.checkedBy = "browser";
  out.className = ok ? "ok" : "fail";
  out.textContent = ok ? d.ok : d.bad;
})();
