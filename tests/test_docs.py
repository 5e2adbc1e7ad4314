import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_data_format_reference_matches_the_models() -> None:
    script = ROOT / "scripts" / "data_format_doc.py"
    result = subprocess.run([sys.executable, str(script), "--check"], check=False)
    assert result.returncode == 0, "run scripts/data_format_doc.py to update docs/data-format.md"
