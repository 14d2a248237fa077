"""Text stays text: what people typed shown as typed, never as Markdown, HTML or a link.

Titles, descriptions, comments and names come from uploads and edit tables. Streamlit
renders the body and label of most elements as Markdown (react-markdown with GFM,
math, emoji shortcodes and its own directives), plotly reads a small HTML subset in
labels, and reportlab reads one in paragraphs. A goal described as
``![p](http://host/track.png)`` would otherwise make every reader's browser call
that address. Each function here makes one such text inert for one renderer; the
callers use them wherever a name or a comment goes into such a call.
"""

from __future__ import annotations

import html as _html
import re

#: The characters that start or close a construct in Streamlit's Markdown: emphasis, code,
#: links and images, headings (``#``, ``===``, ``---``), lists, block quotes, tables,
#: strikethrough, math dollars, directive colons (``:red[…]``), HTML tags and entities.
#: CommonMark shows a backslash-escaped one literally. Commas, quotes, slashes and the
#: like start nothing and stay as typed.
SPECIALS = "\\`*_{}[]()#+-.!|<>$~:&="
_SPECIAL = re.compile("([" + re.escape(SPECIALS) + "])")

#: An invisible word joiner. Some of Streamlit's Markdown plugins work on the parsed
#: text, after escapes are gone: emoji shortcodes (``:smile:``), its icons
#: (``:material/home:``) and GFM's bare links (``http://x.y``, ``www.x.y``, ``a@b.c``).
#: A word joiner inside such a pattern breaks it without changing what a reader sees.
JOINER = "\u2060"
_TEXT_PATTERNS = re.compile(
    r"(?<=:)(?=[\w+-]+:)"  # :shortcode:
    r"|(?<=:)(?=/)"  # scheme://
    r"|(?<=www)(?=\.)"  # www.host
    r"|(?<=@)(?=[\w-])",  # name@host
    re.IGNORECASE,
)
_ESCAPED = re.compile("\\\\([" + re.escape(SPECIALS) + "])")
_LINE_BREAKS = re.compile(r"[ \t]*(?:\r\n|\r|\n)\s*")


def md(value: object) -> str:
    """``value`` as Streamlit Markdown that shows its characters literally.

    For st.markdown, st.write, st.caption, headers, alerts, toasts, and every widget,
    expander, tab, metric and ``help`` label. Not for st.dataframe cells or st.text,
    which show text as it is (the backslashes would show there).
    """
    text = "" if value is None else str(value)
    return _SPECIAL.sub(r"\\\1", _TEXT_PATTERNS.sub(JOINER, text))


def html(value: object) -> str:
    """``value`` for HTML given to st.markdown(unsafe_allow_html=True): escaped, one line.

    Inside an HTML block Markdown is not parsed, until a blank line ends the block:
    line breaks become spaces so a typed blank line cannot end it.
    """
    text = "" if value is None else str(value)
    return _html.escape(_LINE_BREAKS.sub(" ", text))


def plotly(value: object) -> str:
    """``value`` for a plotly label, hover text, legend or title: its tags shown, not read.

    Plotly reads ``<br>``, ``<b>``, ``<a href>`` and more in any text; it shows ``&lt;``,
    ``&gt;`` and ``&amp;`` as the characters.
    """
    text = "" if value is None else str(value)
    return _html.escape(text, quote=False)


def plain(value: object) -> str:
    """What a reader sees of :func:`md` output: escapes and word joiners taken out."""
    return _ESCAPED.sub(r"\1", str(value)).replace(JOINER, "")
