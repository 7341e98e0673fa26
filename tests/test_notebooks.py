"""Every notebook is a test: run it top to bottom with nbdev's `test_nb` (cells flagged in
settings.ini's `tst_flags`, e.g. `#| slow`, are skipped unless RLHF_NB_FLAGS names them)."""
import os
from configparser import ConfigParser
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NBS = sorted(p for p in (ROOT/"nbs").rglob("*.ipynb")
             if not any(part.startswith(("_", ".")) for part in p.relative_to(ROOT/"nbs").parts))


def _flags():
    cfg = ConfigParser(delimiters=["="]); cfg.read(ROOT/"settings.ini")
    return cfg["DEFAULT"].get("tst_flags", "").split()


@pytest.mark.parametrize("nb", NBS, ids=[str(p.relative_to(ROOT/"nbs")) for p in NBS])
def test_notebook(nb):
    from nbdev.test import test_nb
    force = [f for f in os.environ.get("RLHF_NB_FLAGS", "").split(",") if f]
    ok, secs = test_nb(nb, skip_flags=_flags(), force_flags=force, basepath=ROOT)
    assert ok, f"{nb.name} failed (see the traceback above)"
