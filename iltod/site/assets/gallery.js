/* Evidence lightbox for iltod measure pages. Progressive enhancement: without this script each
   photo is a link to its largest version. With it, a link opens a modal <dialog>:
   Enter or Space opens, Escape closes, Left/Right move, focus returns to the photo's link.
   No dependencies; captions are set with textContent, never as HTML. */
(function () {
  "use strict";

  function setup(gallery) {
    var links = Array.prototype.slice.call(gallery.querySelectorAll("a.il-gallery__link"));
    if (!links.length || typeof HTMLDialogElement !== "function") return;
    var label = function (name) { return gallery.getAttribute("data-label-" + name) || name; };
    var dialog = document.createElement("dialog");
    dialog.className = "il-lightbox";
    dialog.setAttribute("aria-label", gallery.querySelector(".il-gallery__title").textContent);
    dialog.innerHTML =
      '<figure class="il-lightbox__figure"><img class="il-lightbox__img" alt="">' +
      '<figcaption class="il-lightbox__caption"></figcaption></figure>' +
      '<p class="il-lightbox__counter" aria-live="polite"></p>' +
      '<button type="button" class="il-lightbox__btn il-lightbox__prev"></button>' +
      '<button type="button" class="il-lightbox__btn il-lightbox__next"></button>' +
      '<button type="button" class="il-lightbox__btn il-lightbox__close"></button>';
    document.body.appendChild(dialog);
    var img = dialog.querySelector("img");
    var caption = dialog.querySelector("figcaption");
    var counter = dialog.querySelector(".il-lightbox__counter");
    var buttons = { prev: ["previous", "‹"], next: ["next", "›"], close: ["close", "×"] };
    Object.keys(buttons).forEach(function (key) {
      var button = dialog.querySelector(".il-lightbox__" + key);
      button.setAttribute("aria-label", label(buttons[key][0]));
      button.textContent = buttons[key][1];
    });
    var current = 0, opener = links[0];

    function show(index) {
      current = (index + links.length) % links.length;
      var link = links[current], thumb = link.querySelector("img");
      var width = +link.getAttribute("data-il-width") || 0;
      img.removeAttribute("srcset");
      img.src = link.getAttribute("href");
      /* Never larger than the picture itself: with sizes="100vw" a 360 px picture would be
         drawn as wide as the screen. */
      img.sizes = width ? "min(100vw, " + width + "px)" : "100vw";
      img.style.maxWidth = width ? "min(100%, " + width + "px)" : "";
      img.srcset = link.getAttribute("data-il-srcset") || "";
      img.width = width;
      img.height = +link.getAttribute("data-il-height") || 0;
      img.alt = thumb ? thumb.alt : "";
      caption.textContent = link.getAttribute("data-il-caption") || "";
      counter.textContent = label("counter").replace("{n}", current + 1).replace("{total}", links.length);
      dialog.classList.toggle("il-lightbox--single", links.length < 2);
    }

    function open(index) {
      opener = links[index];
      show(index);
      dialog.showModal();
      dialog.querySelector(".il-lightbox__close").focus();
    }

    links.forEach(function (link, index) {
      link.addEventListener("click", function (event) {
        if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return;
        event.preventDefault();
        open(index);
      });
      link.addEventListener("keydown", function (event) {
        if (event.key === " ") { event.preventDefault(); open(index); }
      });
    });
    dialog.querySelector(".il-lightbox__prev").addEventListener("click", function () { show(current - 1); });
    dialog.querySelector(".il-lightbox__next").addEventListener("click", function () { show(current + 1); });
    dialog.querySelector(".il-lightbox__close").addEventListener("click", function () { dialog.close(); });
    dialog.addEventListener("keydown", function (event) {
      if (event.key === "ArrowLeft") { event.preventDefault(); show(current - 1); }
      if (event.key === "ArrowRight") { event.preventDefault(); show(current + 1); }
    });
    dialog.addEventListener("click", function (event) {
      if (event.target === dialog) dialog.close(); /* a click on the backdrop */
    });
    dialog.addEventListener("close", function () {
      /* back to the link of the photo last shown (the opener unless the reader moved on) */
      (links[current] || opener).focus();
    });
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll("[data-il-gallery]"), function (gallery) {
      if (!gallery.hasAttribute("data-il-ready")) {
        gallery.setAttribute("data-il-ready", "");
        setup(gallery);
      }
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
