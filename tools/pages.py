"""Check report pages in a real browser: headless Chromium at 1280 px wide takes a full-page screenshot of each page
and measures whether it scrolls sideways (the document wider than the window).

    python tools/pages.py reports/online/index.html reports/kl_sweep/index.html --out reports/screenshots

Needs `chromium` (Debian: `apt install chromium`). Exit code 1 if a page scrolls sideways."""
import argparse, re, shutil, subprocess, sys, tempfile
from pathlib import Path

WIDTH = 1280
# written into a copy of the page beside it (so its relative images load): the widths after layout
PROBE = ("<script>window.addEventListener('load', () => {const d = document.documentElement;"
         "document.title = 'W=' + d.scrollWidth + ',H=' + d.scrollHeight;});</script>")


def browser() -> str:
    "The Chromium executable, or a SystemExit saying how to install it."
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if shutil.which(name): return shutil.which(name)
    sys.exit("tools/pages.py: no Chromium found; install it (Debian: apt install chromium)")


def _chromium(page: Path, *args: str) -> str:
    cmd = [browser(), "--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
           "--allow-file-access-from-files", "--virtual-time-budget=5000", *args, page.resolve().as_uri()]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120).stdout


def measure(page: Path) -> tuple[int, int]:
    "The page's scroll width and height in CSS pixels at `WIDTH` px."
    probe = page.with_name(f".probe-{page.name}")
    probe.write_text(page.read_text(encoding="utf-8") + PROBE, encoding="utf-8")
    try: dom = _chromium(probe, f"--window-size={WIDTH},900", "--dump-dom")
    finally: probe.unlink(missing_ok=True)
    m = re.search(r"<title>W=(\d+),H=(\d+)</title>", dom)
    if not m: raise RuntimeError(f"{page}: the browser did not report the page's size")
    return int(m[1]), int(m[2])


def screenshot(page: Path, out: Path, height: int) -> Path:
    "A full-page PNG of `page`, `WIDTH` px wide."
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:   # Chromium writes its profile there, not into $HOME
        _chromium(page, f"--window-size={WIDTH},{height}", f"--screenshot={out.resolve()}",
                  f"--user-data-dir={tmp}")
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("pages", nargs="+", type=Path, help="HTML pages (e.g. reports/online/index.html)")
    ap.add_argument("--out", type=Path, default=None, help="folder for the screenshots (none without it)")
    a = ap.parse_args(argv)
    bad = 0
    for page in a.pages:
        w, h = measure(page)
        wide = w > WIDTH
        bad += wide
        line = f"{page}: {w} x {h} px at {WIDTH} px wide: " + ("SCROLLS SIDEWAYS" if wide else "no horizontal scroll")
        if a.out:
            name = "_".join(page.with_suffix("").parts[-2:]) + ".png"
            line += f"; screenshot {screenshot(page, a.out/name, min(h, 16000))}"
        print(line)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
