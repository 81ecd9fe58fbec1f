"""The guides on this machine: the one bundled with the software and the releases the user installed.

Installed guides are kept as their signed packages (``<id>@<version>.zip`` in the user's data
folder), so their signature is checked again every time they are listed or used: a file changed
after installation shows as tampered. Trusted public keys are the ones shipped in
``guide_content/trusted_keys/`` plus the ones the user adds.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from .errors import Message, UserError
from .loader import GuideError, check_sources, read_guide_dir, version_key
from .model import Guide
from .package import Package, PackageError, SignatureState, public_key_id, read_package

KEY_SUFFIX = ".pem"


def default_root() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("legalcheck", appauthor=False))


@dataclass(frozen=True)
class Entry:
    guide: Guide
    state: SignatureState
    path: Path  # the bundled folder, or the installed package
    signer: str = ""
    detail: Message | None = None

    @property
    def key(self) -> str:
        return f"{self.guide.meta.id}@{self.guide.meta.version}"

    @property
    def bundled(self) -> bool:
        return self.state is SignatureState.BUNDLED


class GuideLibrary:
    def __init__(self, root: Path | None = None, bundled: Path | None = None) -> None:
        if bundled is None:
            from guide_content import bundled_guide_dir

            bundled = bundled_guide_dir()
        self.bundled_dir = bundled
        self.root = root or default_root()
        self.guides_dir = self.root / "guides"
        self.keys_dir = self.root / "keys"

    # -- keys

    def trusted_keys(self) -> list[bytes]:
        folders = [self.bundled_dir / "trusted_keys", self.keys_dir]
        keys = []
        for folder in folders:
            if folder.is_dir():
                keys += [p.read_bytes() for p in sorted(folder.glob(f"*{KEY_SUFFIX}")) if p.is_file()]
        return keys

    def add_key(self, public_pem: bytes) -> str:
        """Trust a public key; returns its key id."""
        kid = public_key_id(public_pem)
        self.keys_dir.mkdir(parents=True, exist_ok=True)
        _write_atomically(self.keys_dir / f"{kid}{KEY_SUFFIX}", public_pem)
        return kid

    # -- guides

    def entries(self) -> list[Entry]:
        """Every guide here, newest version of each id first, the bundled one included."""
        out = [Entry(self._bundled(), SignatureState.BUNDLED, self.bundled_dir)]
        if self.guides_dir.is_dir():
            trusted = self.trusted_keys()
            for path in sorted(self.guides_dir.glob("*.zip")):
                entry = self._installed(path, trusted)
                if entry is not None:
                    out.append(entry)
        return sorted(out, key=lambda e: (e.guide.meta.id, [-n for n in version_key(e.guide.meta.version)]))

    def latest(self, guide_id: str) -> Entry | None:
        usable = [e for e in self.entries() if e.guide.meta.id == guide_id and e.state is not SignatureState.TAMPERED]
        return max(usable, key=lambda e: version_key(e.guide.meta.version), default=None)

    def find(self, guide_id: str, version: str) -> Entry | None:
        return next((e for e in self.entries() if (e.guide.meta.id, e.guide.meta.version) == (guide_id, version)), None)

    def _bundled(self) -> Guide:
        guide, problems = check_sources(read_guide_dir(self.bundled_dir))
        if guide is None:
            raise GuideError(problems)
        return guide

    def _installed(self, path: Path, trusted: list[bytes]) -> Entry | None:
        try:
            package = read_package(path, trusted)
        except PackageError:
            return None  # not ours any more: listed nowhere rather than breaking the list
        guide, _ = check_sources(package.files)
        if guide is None:
            return None
        state = package.state
        if package.state is not SignatureState.TAMPERED and (guide.meta.id, guide.meta.version) != (
                package.guide_id, package.version):
            state = SignatureState.TAMPERED
        return Entry(guide, state, path, package.signer, package.detail)

    # -- installing

    def check(self, package_path: Path | str) -> tuple[Package, Guide]:
        """A package's guide, validated; GuideError lists its problems, PackageError says why it is refused."""
        package = read_package(package_path, self.trusted_keys())
        if package.state is SignatureState.TAMPERED:
            raise PackageError(Message(
                f"指引包已被改动，不能安装。{package.detail.zh if package.detail else ''}",
                f"The package was changed after it was made; it cannot be installed. "
                f"{package.detail.en if package.detail else ''}"), code="tampered")
        guide, problems = check_sources(package.files)
        if guide is None:
            raise GuideError(problems)
        if (guide.meta.id, guide.meta.version) != (package.guide_id, package.version):
            raise PackageError("指引包清单中的编号或版本与指引内容不一致。",
                               "The manifest's id or version differs from the guide's.", code="tampered")
        return package, guide

    def install(self, package_path: Path | str, allow_unsigned: bool = False) -> Entry:
        package, guide = self.check(package_path)
        if package.state in (SignatureState.UNSIGNED, SignatureState.UNTRUSTED) and not allow_unsigned:
            raise PackageError(Message(
                f"这个指引包{package.state.text()}，无法确认它来自发布机关。确认来源可靠后才能安装。",
                f"This package is {package.state.text('en').lower()}; its origin cannot be confirmed. Install it only "
                "if you trust where it came from."), code="unsigned")
        target = self.guides_dir / f"{guide.meta.id}@{guide.meta.version}.zip"
        existing = self.find(guide.meta.id, guide.meta.version)
        if existing is not None:
            if existing.guide.content_hash == guide.content_hash:
                return existing
            raise PackageError(
                f"已安装的“{guide.meta.title}”{guide.meta.version} 版与这个指引包内容不同。同一版本号只能对应一种内容；"
                "请发布机关使用新的版本号。",
                f"An installed '{guide.meta.title}' {guide.meta.version} has other content; one version number, one "
                "content. Ask the publisher for a new version number.", code="version_clash")
        self.guides_dir.mkdir(parents=True, exist_ok=True)
        _write_atomically(target, Path(package_path).read_bytes())
        return Entry(guide, package.state, target, package.signer)

    def remove(self, guide_id: str, version: str) -> None:
        entry = self.find(guide_id, version)
        if entry is None:
            raise UserError(f"没有安装指引 {guide_id}@{version}。", f"No guide {guide_id}@{version} is installed.",
                            code="not_installed")
        if entry.bundled:
            raise UserError("随软件提供的指引不能删除。", "The bundled guide cannot be removed.", code="bundled")
        entry.path.unlink()


def _write_atomically(target: Path, data: bytes) -> None:
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        raise UserError(f"无法写入 {target}：{exc.strerror or exc}。", f"Cannot write {target}: {exc.strerror or exc}.",
                        code="write_failed") from None
    finally:
        tmp.unlink(missing_ok=True)
