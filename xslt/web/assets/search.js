/* Search over the documents and their notes with the offline Pagefind index (pagefind/).
   Needs the site served over http (tei serve); from the file system it says so.
   Excerpts come from the index as HTML with <mark>; only their text and marks are copied
   into the page, so nothing from a source can become markup or script. */
(function () {
  "use strict";

  var form = document.querySelector(".search-form");
  var input = document.getElementById("search-input");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var engine = null;
  var timer = 0;
  var latest = 0;

  if (!form || !input) { return; }

  if (window.location.protocol === "file:") {
    document.getElementById("search-offline").hidden = false;
    input.disabled = true;
    form.querySelector("button").disabled = true;
    return;
  }

  function load() {
    if (!engine) {
      var url = new URL("pagefind/pagefind.js", document.baseURI).href;
      engine = import(url).then(function (pagefind) {
        return Promise.resolve(pagefind.init ? pagefind.init() : null).then(function () { return pagefind; });
      });
    }
    return engine;
  }

  function safeExcerpt(html) {
    var parsed = new DOMParser().parseFromString("<body>" + html + "</body>", "text/html");
    var paragraph = document.createElement("p");
    parsed.body.childNodes.forEach(function (node) {
      if (node.nodeName === "MARK") {
        var mark = document.createElement("mark");
        mark.textContent = node.textContent;
        paragraph.appendChild(mark);
      } else {
        paragraph.appendChild(document.createTextNode(node.textContent));
      }
    });
    return paragraph;
  }

  function pageUrl(url) {
    return new URL(url.replace(/^\//, ""), document.baseURI).href;
  }

  function render(query, results) {
    list.replaceChildren();
    results.forEach(function (data) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = pageUrl(data.url);
      link.textContent = (data.meta && data.meta.title) || data.url;
      item.appendChild(link);
      item.appendChild(safeExcerpt(data.excerpt || ""));
      list.appendChild(item);
    });
    status.textContent = results.length
      ? results.length + (results.length === 1 ? " document matches " : " documents match ") + "“" + query + "”."
      : "No document matches “" + query + "”.";
  }

  function search(query) {
    var ticket = ++latest;
    query = query.trim();
    if (!query) { list.replaceChildren(); status.textContent = ""; return; }
    status.textContent = "Searching…";
    load().then(function (pagefind) {
      return pagefind.search(query);
    }).then(function (found) {
      return Promise.all(found.results.slice(0, 50).map(function (result) { return result.data(); }));
    }).then(function (results) {
      if (ticket === latest) { render(query, results); }
    }).catch(function () {
      status.textContent = "The search index could not be loaded. Serve the site with tei serve.";
    });
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var url = new URL(window.location.href);
    url.searchParams.set("q", input.value);
    window.history.replaceState(null, "", url);
    search(input.value);
  });

  input.addEventListener("input", function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(function () { search(input.value); }, 250);
  });

  var initial = new URLSearchParams(window.location.search).get("q");
  if (initial) {
    input.value = initial;
    search(initial);
  }
}());
