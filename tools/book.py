"""Execute the library notebooks (`nbs/index.ipynb`, `nbs/[0-9]*.ipynb`) in place, so they are committed with their
outputs (`make book`). Cells flagged with a `tst_flags` flag (slow, gpu, hub) are skipped, as under `nbdev_test`;
progress bars are off (TQDM_DISABLE=1: GitHub cannot show widgets); figures are PNGs at 72 dpi; libraries' FutureWarnings are not kept."""
import os, sys, time
from pathlib import Path
os.environ["TQDM_DISABLE"] = "1"
from execnb.nbio import read_nb, write_nb
from execnb.shell import CaptureShell

ROOT = Path(__file__).resolve().parents[1]
SKIP = {"slow", "gpu", "hub"}   # settings.ini tst_flags

def skipped(cell) -> bool:
    "Markdown, nbdev_export calls, `eval: false` and flagged cells are not run (nbdev_test's rule)."
    if cell.cell_type != "code" or "nbdev_export(" in cell.source: return True
    directives = [line[3:].split() for line in cell.source.splitlines() if line.startswith("#| ")]
    return any(d and (d[0] in SKIP or (d[0] == "eval:" and d[1:2] == ["false"])) for d in directives)

def run(path: Path) -> float:
    "Execute `path` in its folder, keep the outputs, clear the outputs of skipped cells; seconds."
    t = time.time()
    nb = read_nb(path)
    for c in nb.cells:
        if c.cell_type == "code": c.outputs, c.execution_count = [], None
    shell = CaptureShell(path, mpl_format="png")
    shell.run("import matplotlib, warnings; matplotlib.rcParams['figure.dpi'] = 72")
    shell.run("warnings.filterwarnings('ignore', category=FutureWarning)")   # library deprecation notes, not the chapter's
    cwd = os.getcwd(); os.chdir(path.parent)
    try: shell.run_all(nb, exc_stop=True, preproc=skipped)
    except Exception:
        sys.exit(shell.prettytb(fname=path))
    finally: os.chdir(cwd)
    write_nb(nb, path)
    return time.time() - t

if __name__ == "__main__":
    paths = [Path(p).resolve() for p in sys.argv[1:]] or [ROOT/"nbs"/"index.ipynb", *sorted((ROOT/"nbs").glob("[0-9]*.ipynb"))]
    for p in paths:
        print(f"{p.relative_to(ROOT)}: {run(p):.0f} s, {p.stat().st_size / 1024:.0f} KiB", flush=True)
