"""Render the executed library notebooks into a static site under `_docs/` (`make docs`): `index.html` from
`nbs/index.ipynb`, one page per chapter with links home and to the previous and next chapter. It renders the
committed outputs; it executes nothing (`make book` does)."""
import re, sys
from pathlib import Path
import nbformat
from nbconvert import HTMLExporter
from nbconvert.preprocessors import TagRemovePreprocessor

ROOT = Path(__file__).resolve().parents[1]

def nav(pages: list[str], i: int) -> str:
    "Links home, to the previous and to the next chapter."
    link = lambda k, text: f'<a href="{pages[k]}.html">{text}</a>' if 0 <= k < len(pages) else ""
    return (f'<nav style="font-family:sans-serif;padding:8px 16px;background:#f3f5f9;border-bottom:1px solid #d0d7e2">'
            f'<a href="index.html"><b>rlhf_nb</b></a> &nbsp;|&nbsp; {link(i - 1, "&larr; " + pages[i - 1] if i > 0 else "")}'
            f' &nbsp; {link(i + 1, (pages[i + 1] + " &rarr;") if i + 1 < len(pages) else "")}</nav>')

def render(src: Path, out: Path, bar: str) -> Path:
    exporter = HTMLExporter(template_name="lab")
    exporter.register_preprocessor(TagRemovePreprocessor(remove_input_tags={"hide-input"}), enabled=True)   # e.g. the home page's figure code
    body, _ = exporter.from_notebook_node(nbformat.read(src, as_version=4))
    body = re.sub(r'href="([\w]+)\.ipynb"', r'href="\1.html"', body)            # chapter links inside the site
    body = re.sub(r'href="\.\./', 'href="../', body)
    body = re.sub(r"(<body[^>]*>)", r"\1" + bar, body, count=1)
    body = body.replace("</body>", bar + "</body>", 1)
    out.write_text(body, encoding="utf-8")
    return out

if __name__ == "__main__":
    out = ROOT/"_docs"; out.mkdir(exist_ok=True)
    chapters = sorted(p.stem for p in (ROOT/"nbs").glob("[0-9]*.ipynb"))
    pages = ["index", *chapters]
    for i, name in enumerate(pages):
        p = render(ROOT/"nbs"/f"{name}.ipynb", out/f"{name}.html", nav(pages, i))
        print(f"{p.relative_to(ROOT)}: {p.stat().st_size / 1024:.0f} KiB")
