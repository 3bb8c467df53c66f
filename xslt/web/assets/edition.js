/* The web edition's enhancements; every page works without them.
   - Note calls show their note in a popover on hover and keyboard focus (Escape closes it).
     Screen readers already get the note through aria-describedby, so the popover is visual only.
   - The reading switch (edited text / source readings) is remembered across pages.
   Source text is never parsed as markup here: popovers are copies of nodes already on the page. */
(function () {
  "use strict";

  var READING_KEY = "tei-edition-reading";
  var CALLS = "a.noteref, a.tnref";
  var popover = null;
  var current = null;
  var hideTimer = 0;

  function remembered() {
    try { return window.localStorage.getItem(READING_KEY); } catch (error) { return null; }
  }

  function remember(value) {
    try { window.localStorage.setItem(READING_KEY, value); } catch (error) { /* private mode */ }
  }

  function setupReadingSwitch() {
    var inputs = document.querySelectorAll('input[name="reading"]');
    if (!inputs.length) { return; }
    var saved = remembered();
    inputs.forEach(function (input) {
      if (saved && input.value === saved) { input.checked = true; }
      input.addEventListener("change", function () {
        if (input.checked) {
          document.documentElement.setAttribute("data-reading", input.value);
          remember(input.value);
        }
      });
    });
    var checked = document.querySelector('input[name="reading"]:checked');
    if (checked) { document.documentElement.setAttribute("data-reading", checked.value); }
  }

  function noteBody(link) {
    var id = decodeURIComponent(link.hash.slice(1));
    var item = id && document.getElementById(id);
    return item ? item.querySelector(".note-body") : null;
  }

  function makePopover() {
    popover = document.createElement("div");
    popover.className = "popover";
    popover.setAttribute("aria-hidden", "true");
    popover.hidden = true;
    popover.addEventListener("mouseenter", cancelHide);
    popover.addEventListener("mouseleave", scheduleHide);
    document.body.appendChild(popover);
  }

  function show(link) {
    var body = noteBody(link);
    if (!body) { return; }
    cancelHide();
    var label = document.createElement("span");
    label.className = "popover-label";
    label.textContent = (link.classList.contains("tnref") ? "Textual note " : "Note ") + link.textContent;
    var copy = body.cloneNode(true);
    copy.removeAttribute("id");
    copy.querySelectorAll("[id]").forEach(function (node) { node.removeAttribute("id"); });
    copy.querySelectorAll("a, [tabindex]").forEach(function (node) { node.setAttribute("tabindex", "-1"); });
    popover.replaceChildren(label, copy);
    popover.hidden = false;
    place(link);
    current = link;
  }

  function place(link) {
    var rect = link.getBoundingClientRect();
    var width = popover.offsetWidth;
    var left = Math.min(Math.max(8, rect.left - 16), document.documentElement.clientWidth - width - 8);
    var top = rect.bottom + 8;
    if (top + popover.offsetHeight > window.innerHeight && rect.top - popover.offsetHeight - 8 > 0) {
      top = rect.top - popover.offsetHeight - 8;
    }
    popover.style.left = (left + window.scrollX) + "px";
    popover.style.top = (top + window.scrollY) + "px";
  }

  function hide() {
    cancelHide();
    if (popover) { popover.hidden = true; }
    current = null;
  }

  function scheduleHide() {
    cancelHide();
    hideTimer = window.setTimeout(hide, 250);
  }

  function cancelHide() {
    if (hideTimer) { window.clearTimeout(hideTimer); hideTimer = 0; }
  }

  function setupPopovers() {
    if (!document.querySelector(CALLS)) { return; }
    makePopover();
    document.addEventListener("focusin", function (event) {
      var link = event.target.closest && event.target.closest(CALLS);
      if (link) { show(link); } else if (current) { hide(); }
    });
    document.addEventListener("focusout", function (event) {
      if (event.target === current) { scheduleHide(); }
    });
    document.addEventListener("mouseover", function (event) {
      var link = event.target.closest && event.target.closest(CALLS);
      if (link && link !== current) { show(link); } else if (link) { cancelHide(); }
    });
    document.addEventListener("mouseout", function (event) {
      var link = event.target.closest && event.target.closest(CALLS);
      if (link && link === current) { scheduleHide(); }
    });
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && current) { hide(); }
    });
    window.addEventListener("resize", function () { if (current) { place(current); } });
  }

  function start() {
    setupReadingSwitch();
    setupPopovers();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
}());
