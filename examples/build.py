"""Rebuild the example assessment files: examples/<name>.lhc from examples/<name>.json.

Run from anywhere with the project's environment:

    .venv/bin/python examples/build.py

Each JSON file is imported with the guide bundled with the software; the old .lhc is
deleted first, so the result always matches the JSON. An import never carries a sign-off (it makes a new
file); an example whose JSON names one (``"signoff": {"by": …}``) is signed off here, as its reviewer would.
"""

from __future__ import annotations

import sys
from pathlib import Path

from checklist.interchange import InterchangeError, import_json, read_json
from checklist.loader import load_guide
from checklist.vocabulary import index_text
from guide_content import bundled_guide_dir

HERE = Path(__file__).resolve().parent


def build(source: Path, guide) -> tuple[Path, float | None, str]:
    target = source.with_suffix(".lhc")
    target.unlink(missing_ok=True)
    data = read_json(source)
    user = str(data.get("profile", {}).get("assessor") or "示例")
    with import_json(data, target, user, guide) as file:
        if data.get("signoff"):
            file.sign_off(str(data["signoff"]["by"]), str(data["signoff"].get("licence", "")))
        score = file.assessment.score()
    return target, score.index, score.level.label if score.level else "—"


def main() -> int:
    guide = load_guide(bundled_guide_dir())
    sources = sorted(HERE.glob("*.json"))
    if not sources:
        print(f"{HERE} 中没有示例 JSON 文件。", file=sys.stderr)
        return 1
    for source in sources:
        try:
            target, index, level = build(source, guide)
        except InterchangeError as exc:
            print(f"{source.name}: {exc.message.zh}", file=sys.stderr)
            return 1
        shown = index_text(index)
        print(f"{target.name}: 健康指数 {shown}，{level}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
