/* "Verify this data" (docs/verify.md): checks a file the reader downloaded against the site's
   release manifest (data/release.json) in the reader's own browser. The file never leaves the
   computer: its SHA-256 is computed by the browser's Web Crypto API, and only the manifest is
   fetched, from this site. No third party, no library. Text is set with textContent only. */
(function () {
  "use strict";

  function hex(buffer) {
    return Array.prototype.map
      .call(new Uint8Array(buffer), function (b) { return ("0" + b.toString(16)).slice(-2); })
      .join("");
  }

  function setup(box) {
    var input = box.querySelector("input[type=file]");
    var manifest = box.querySelector("input[name=manifest]");
    var out = box.querySelector("output");
    if (!input || !out) return;
    if (!(window.crypto && window.crypto.subtle && window.fetch)) {
      out.textContent = box.getAttribute("data-unsupported");
      return;
    }
    input.addEventListener("change", function () {
      var file = input.files && input.files[0];
      if (!file) return;
      box.removeAttribute("data-result");
      out.textContent = box.getAttribute("data-working");
      var address = new URL(manifest.value, document.baseURI).href;
      Promise.all([
        file.arrayBuffer().then(function (data) { return crypto.subtle.digest("SHA-256", data); }),
        fetch(address, { cache: "no-store" }).then(function (r) {
          if (!r.ok) throw new Error(address + ": HTTP " + r.status);
          return r.json();
        })
      ]).then(function (done) {
        var sha = hex(done[0]), release = done[1];
        var all = (release.files || []).concat(release.evidence || []);
        var found = all.filter(function (e) { return e.sha256 === sha && e.size === file.size; })[0];
        var commit = (release.source && release.source.commit) || "?";
        box.setAttribute("data-result", found ? "ok" : "differs");
        out.textContent = (found ? box.getAttribute("data-ok") : box.getAttribute("data-differs"))
          .replace("{file}", file.name)
          .replace("{path}", found ? found.path : "")
          .replace("{commit}", commit)
          .replace("{sha256}", sha);
      }).catch(function (error) {
        box.setAttribute("data-result", "error");
        out.textContent = box.getAttribute("data-error") + " " + error.message;
      });
    });
  }

  Array.prototype.forEach.call(document.querySelectorAll(".il-verify"), setup);
})();
