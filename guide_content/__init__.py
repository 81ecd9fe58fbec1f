"""The bundled biomedical risk-control guide (YAML data, no code)."""

from importlib.resources import files
from pathlib import Path


def bundled_guide_dir() -> Path:
    return Path(str(files(__name__)))
