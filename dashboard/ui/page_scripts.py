"""Small scripts that run in the dashboard's own page: Streamlit's custom components v2.

``streamlit.components.v1.html`` (a script in a zero-height iframe that reached into
``window.parent``) is deprecated in Streamlit 1.67. A v2 component's JavaScript is an
ES module that Streamlit imports into the page itself (no iframe): its default export
is called with the mount's ``data`` when the component mounts, and again only when
that data changes; the function it returns is called when the component leaves the
page. A rerun with the same key and data neither remounts it nor runs it again.

Our components draw nothing, yet an element still takes a place, and the gap between
elements, in its block. :func:`mount` therefore puts each in a container that CSS
hides (``display: none``): the component mounts and its script runs, but the page
shows no empty strip where it sits. The scripts are our own constants; values reach
them only as ``data`` (JSON), never spliced into their text.
"""

from __future__ import annotations

from typing import Any

import streamlit as st
from streamlit.components.v2 import component

#: Every hidden container's key starts with this (its CSS class is ``st-key-<key>``).
_PREFIX = "planpuls_script_"
#: The container and the layout wrapper Streamlit puts around it (the block's item).
_HIDE = (
    f'<style>[class*="st-key-{_PREFIX}"], [data-testid="stLayoutWrapper"]'
    f':has(> [class*="st-key-{_PREFIX}"]) {{ display: none !important; }}</style>'
)

#: Trade a sign-in ticket for the session cookie, or sign out: post a small form from
#: the page (a same-origin POST, so the ticket is in the body, never in the URL); the
#: server answers with Set-Cookie (HttpOnly) and a redirect back to the dashboard.
#: Once per hand-off: the module keeps the ids it has posted for as long as the page
#: lives, so a remount can never send the one-time ticket again.
HANDOFF_JS = """
const posted = new Set();
export default function ({ data }) {
  if (!data || !data.id || posted.has(data.id)) return;
  posted.add(data.id);
  const form = document.createElement("form");
  form.method = "post";
  form.action = data.action;
  form.hidden = true;
  // Back where the visitor was (a deep link signed in on the spot), else the home page.
  const here = window.location.pathname;
  const back = data.stay && !here.endsWith("/logg_inn") ? here : data.home;
  const fields = { ...data.fields, next: back + window.location.search };
  for (const [name, value] of Object.entries(fields)) {
    const input = document.createElement("input");
    input.type = "hidden";
    input.name = name;
    input.value = value;
    form.appendChild(input);
  }
  document.body.appendChild(form);
  form.submit();
}
"""

#: Presenter remotes send Page Down/Up (and people press the arrow keys and space):
#: they press the presentation's Next and Previous buttons, unless a field has the
#: focus (or, for space and Enter, a button: that button is pressed). One listener at
#: a time: a new mount replaces the last one's, and leaving the page removes it.
KEYS_JS = """
let remove = null;
export default function () {
  const onKey = (event) => {
    const active = document.activeElement;
    if (active && /^(INPUT|TEXTAREA|SELECT)$/.test(active.tagName)) return;
    if (!document.querySelector(".st-key-present_nav")) return;  // another page
    // Space and Enter on a focused button or link press that one (keyboard users
    // Tab to "Forrige" and press space: it must not turn the page forwards).
    if ([" ", "Enter"].includes(event.key) && active && active.closest("button, a, [role=button]"))
      return;
    const next = ["ArrowRight", "PageDown", " "].includes(event.key);
    const back = ["ArrowLeft", "PageUp"].includes(event.key);
    if (!next && !back) return;
    const button = document.querySelector(`.st-key-present_${next ? "next" : "prev"} button`);
    if (button && !button.disabled) { event.preventDefault(); button.click(); }
  };
  if (remove) remove();
  document.addEventListener("keydown", onKey);
  const mine = () => document.removeEventListener("keydown", onKey);
  remove = mine;
  return () => { mine(); if (remove === mine) remove = null; };
}
"""

#: Streamlit's file uploader names its button "Upload" (fixed English, hidden by
#: ui/upload.py's CSS, which shows the word of the UI language after it): give the
#: button that word as its accessible name too (WCAG 4.1.2; axe's "button-name"),
#: now and whenever Streamlit draws it again. Its words come as data, never as code.
UPLOADER_JS = """
let stop = null;
export default function ({ data }) {
  const name = () => {
    for (const button of document.querySelectorAll(
      '[data-testid="stFileUploaderDropzone"] button:not([aria-label]), ' +
      '[data-testid="stFileUploaderDropzone"] button[data-pp-named]')) {
      button.dataset.ppNamed = "";  // ours (the CSS keeps showing the word after it)
      if (button.getAttribute("aria-label") !== data.browse)
        button.setAttribute("aria-label", data.browse);
    }
  };
  if (stop) stop();
  const watcher = new MutationObserver(name);
  watcher.observe(document.body, { childList: true, subtree: true });
  name();
  const mine = () => watcher.disconnect();
  stop = mine;
  return () => { mine(); if (stop === mine) stop = null; };
}
"""

#: A page drawn in two passes (ui/paint.py) asks for its second once its key figures
#: are on screen: when a metric is in the page, after two animation frames (the frame
#: that paints it has begun), it presses the hidden button ``data.button``. Once. Then
#: it asks the browser to fetch and compile Streamlit's chunks ``data.preload`` (file
#: names beside Streamlit's own index script) while the server runs the second pass:
#: otherwise each is fetched only when its first element arrives.
PAINTED_JS = """
export default function ({ data }) {
  let done = false;
  const press = () => {
    const button = document.querySelector(`.st-key-${data.button} button`);
    if (button) button.click();
  };
  const look = () => {
    if (done || !document.querySelector('[data-testid="stMetric"]')) return;
    done = true;
    watcher.disconnect();
    requestAnimationFrame(() => requestAnimationFrame(() => { press(); preload(); }));
  };
  const preload = () => {
    const index = document.querySelector('script[type="module"][src*="/static/js/"]');
    if (!index) return;
    for (const name of data.preload || []) {
      const link = document.createElement("link");
      link.rel = "modulepreload";
      link.href = new URL(name, index.src).href;
      document.head.appendChild(link);
    }
  };
  const watcher = new MutationObserver(look);
  watcher.observe(document.body, { childList: true, subtree: true });
  look();
  return () => watcher.disconnect();
}
"""

_handoff = component("planpuls_handoff", js=HANDOFF_JS)
_keys = component("planpuls_keys", js=KEYS_JS)
_uploader = component("planpuls_uploader", js=UPLOADER_JS)
_painted = component("planpuls_painted", js=PAINTED_JS)


def hidden_key(name: str) -> str:
    """A container key whose container CSS hides (with :func:`mount`'s style)."""
    return _PREFIX + name


def mount(name: str, key: str, data: Any = None) -> None:
    """Mount the script ``name`` ("handoff", "keys", "uploader" or "painted") under
    ``key``, taking no room."""
    renderer = {"handoff": _handoff, "keys": _keys, "uploader": _uploader, "painted": _painted}[
        name
    ]
    if "__" in key:  # Streamlit refuses it, with an error page, when the page runs
        raise ValueError(f"a page script's key must not contain '__': {key!r}")
    st.html(_HIDE)  # style only: Streamlit sends it where it takes no room either
    with st.container(key=_PREFIX + key):
        renderer(key=key, data=data, height="content")
