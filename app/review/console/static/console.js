/* The review console's live updates, keyboard shortcuts and saved replies. Plain JavaScript, no
   build step and nothing loaded from elsewhere. Without it every page still works by reloading. */
(function () {
  "use strict";

  var body = document.body;
  var liveUrl = body.getAttribute("data-live");
  var pollMs = Number(body.getAttribute("data-poll-ms")) || 2000;
  var baseTitle = document.title.replace(/^\(\d+\) /, "");

  function setCounts(unread) {
    var badge = document.getElementById("unread-total");
    if (badge) {
      badge.textContent = unread ? unread + " unread" : "";
      badge.hidden = !unread;
    }
    document.title = (unread ? "(" + unread + ") " : "") + baseTitle;
  }

  /* A region the reviewer is typing in is never replaced under them. */
  function busy(region) {
    var active = document.activeElement;
    if (active && region.contains(active) && /^(TEXTAREA|INPUT|SELECT)$/.test(active.tagName)) {
      return true;
    }
    var fields = region.querySelectorAll("textarea, input[type=text]");
    for (var i = 0; i < fields.length; i++) {
      if (fields[i].value !== fields[i].defaultValue) { return true; }
    }
    return false;
  }

  function replace(region, part) {
    region.innerHTML = part.html;
    region.setAttribute("data-version", part.version);
    var stale = document.getElementById("stale-" + region.id);
    if (stale) { stale.remove(); }
    bindSnippets(region);
  }

  function offer(region, part) {
    var stale = document.getElementById("stale-" + region.id);
    if (!stale) {
      stale = document.createElement("div");
      stale.id = "stale-" + region.id;
      stale.className = "notice stale";
      stale.setAttribute("role", "alert");
      stale.textContent = "This draft changed while you were editing. ";
      var button = document.createElement("button");
      button.type = "button";
      button.textContent = "Show the new state";
      stale.appendChild(button);
      region.parentNode.insertBefore(stale, region);
    }
    stale.querySelector("button").onclick = function () { replace(region, part); };
  }

  function apply(data) {
    setCounts(data.unread || 0);
    (data.parts || []).forEach(function (part) {
      var region = document.getElementById(part.id);
      if (!region || region.getAttribute("data-version") === part.version) { return; }
      if (region.getAttribute("data-guard") && busy(region)) { offer(region, part); return; }
      replace(region, part);
    });
  }

  function poll() {
    if (document.hidden) { schedule(); return; } /* a tab in the background asks nothing */
    fetch(liveUrl, { credentials: "same-origin", cache: "no-store", redirect: "manual",
                     headers: { "Accept": "application/json" } })
      .then(function (response) {
        if (response.type === "opaqueredirect" || response.status === 403) {
          return null; /* signed out: stop, the next navigation asks to sign in */
        }
        if (response.ok) { return response.json().then(apply).then(schedule); }
        schedule();
        return null;
      })
      .catch(schedule);
  }

  function schedule() { window.setTimeout(poll, pollMs); }

  /* Saved replies: insert at the cursor; {name} becomes the customer's first name. */
  function bindSnippets(root) {
    var pick = (root || document).querySelector("#snippet-pick");
    if (!pick) { return; }
    pick.addEventListener("change", function () {
      var area = document.getElementById("edit-text");
      if (!area || !pick.value) { return; }
      var name = pick.getAttribute("data-name") || "";
      var text = pick.value.split("{name}").join(name || "there");
      var start = area.selectionStart, end = area.selectionEnd;
      area.value = area.value.slice(0, start) + text + area.value.slice(end);
      area.focus();
      area.selectionStart = area.selectionEnd = start + text.length;
      pick.value = "";
    });
  }

  function focus(id) {
    var el = document.getElementById(id);
    if (el) { el.focus(); if (el.select && el.tagName === "INPUT") { el.select(); } }
    return Boolean(el);
  }

  document.addEventListener("keydown", function (event) {
    var target = event.target;
    var typing = /^(TEXTAREA|INPUT|SELECT)$/.test(target.tagName) || target.isContentEditable;
    if (typing) {
      if (target.id === "edit-text" && event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
        var approveEdit = document.getElementById("approve-edit");
        if (approveEdit) { event.preventDefault(); approveEdit.click(); }
      } else if (event.key === "Escape") {
        target.blur();
      }
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey) { return; }
    var handled = true;
    switch (event.key) {
      case "a":
        var form = document.getElementById("approve-form");
        var draft = document.getElementById("draft");
        if (form && window.confirm("Approve draft #" + draft.getAttribute("data-draft") +
                                   " and send it as written?")) {
          form.submit();
        }
        break;
      case "e": handled = focus("edit-text"); break;
      case "r": handled = focus("reject-reason"); break;
      case "d": handled = focus("redraft-note"); break;
      case "s": handled = focus("snippet-pick"); break;
      default: handled = false;
    }
    if (handled) { event.preventDefault(); }
  });

  bindSnippets(document);
  if (liveUrl) { schedule(); }
})();
