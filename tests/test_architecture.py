"""The domain stays plain Python: no Qt, no WeasyPrint, no report or UI layer."""

import ast
import subprocess
import sys
from pathlib import Path

from tests.helpers import ROOT

FORBIDDEN = ("PySide6", "weasyprint", "ui", "reports", "cli", "jinja2")


def test_importing_the_domain_loads_no_gui_or_report_library():
    code = (
        "import sys, pkgutil, importlib, checklist\n"
        "for m in pkgutil.iter_modules(checklist.__path__): importlib.import_module('checklist.' + m.name)\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'weasyprint', 'ui', 'reports', 'jinja2')]\n"
        "print(','.join(bad))"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""


def _imports_of(package: str, forbidden: tuple[str, ...]) -> list[str]:
    offenders = []
    for path in Path(ROOT, package).rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            offenders += [f"{path.name}: {n}" for n in names if n.split(".")[0] in forbidden]
    return offenders


def test_domain_source_never_imports_outer_layers():
    assert _imports_of("checklist", FORBIDDEN) == []


def test_the_report_layer_never_imports_the_app_or_the_command_line():
    assert _imports_of("reports", ("PySide6", "ui", "cli")) == []


def _ui_edges() -> dict[str, set[str]]:
    """Which parts of ui/ import which: a part is a subpackage, or ``app`` for the root modules."""
    edges: dict[str, set[str]] = {}
    ui = Path(ROOT, "ui")
    for path in ui.rglob("*.py"):
        part = path.parent.name if path.parent != ui else "app"
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.ImportFrom) or not node.level:
                continue
            base = path.parent
            for _ in range(node.level - 1):
                base = base.parent
            target = base / (node.module or "").replace(".", "/") if node.module else base
            names = [target] if node.module else [base / a.name for a in node.names]
            for name in names:
                rel = name.relative_to(ui).parts
                other = rel[0] if rel and (ui / rel[0]).is_dir() else "app"
                if other != part:
                    edges.setdefault(part, set()).add(other)
    return edges


def test_ui_is_grouped_by_window_with_shared_parts_that_depend_on_no_window():
    edges = _ui_edges()
    assert edges.get("shared", set()) == set()
    assert all("app" not in targets for part, targets in edges.items() if part != "app")  # windows never call the app
    seen: set[str] = set()

    def visit(part: str, path: tuple[str, ...]) -> None:  # no import cycles between parts
        assert part not in path, " → ".join((*path, part))
        for other in edges.get(part, ()):
            visit(other, (*path, part))
        seen.add(part)

    for part in list(edges):
        visit(part, ())
    assert {"shared", "start", "company", "assessment", "report", "preferences", "help"} <= seen
