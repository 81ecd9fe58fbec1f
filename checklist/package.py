"""A guide release as one file: a zip of the guide folder with a manifest of file hashes, signed
with Ed25519, read back with limits so that a hostile package cannot harm the machine.

A package holds the guide's files (guide.yaml, profile.yaml, laws.yaml, lapsed.yaml, scoring.yaml,
chapters/*.yaml, statutes/*.md, the English overlay en/), ``MANIFEST.json`` (every file's SHA-256, the guide's id and
version, the signer's key id) and, when signed, ``MANIFEST.sig`` (the Ed25519 signature of the
manifest's bytes) and ``SIGNER.pub`` (the signer's public key). Nothing else is accepted inside.
A package is official only when its signer's key is one this installation trusts.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import re
import stat
import zipfile
import zlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from .errors import Message, UserError

MANIFEST = "MANIFEST.json"
SIGNATURE = "MANIFEST.sig"
SIGNER_KEY = "SIGNER.pub"  # the signer's public key, so any copy can be checked for changes
EXTRA = (MANIFEST, SIGNATURE, SIGNER_KEY)
MAX_PACKAGE_BYTES = 40 * 1024 * 1024
MAX_MEMBERS = 400
MAX_MEMBER_BYTES = 2 * 1024 * 1024 + 1  # the YAML loader's limit, plus one byte to notice it
MAX_TOTAL_BYTES = 60 * 1024 * 1024
MAX_RATIO = 60  # text compresses well, a zip bomb far better
_NAME = re.compile(r"^(guide|profile|laws|lapsed|scoring)\.yaml$|^en/(guide|profile|laws)\.yaml$|^(en/)?chapters/[^/\\]{1,120}\.yaml$"
                   r"|^statutes/[^/\\]{1,120}\.md$")


class PackageError(UserError):
    """A package that cannot be used: damaged, hostile, or not a guide."""


class SignatureState(StrEnum):
    BUNDLED = "bundled"  # ships with the software
    OFFICIAL = "official"  # signed by a trusted key, every file as signed
    UNTRUSTED = "untrusted"  # signed, intact, by a key this installation does not trust
    UNSIGNED = "unsigned"
    TAMPERED = "tampered"  # a signature or a file hash does not match

    def text(self, lang: str = "zh") -> str:
        return STATE_NAMES[self].text(lang)


STATE_NAMES = {
    SignatureState.BUNDLED: Message("随软件提供", "Bundled with the software"),
    SignatureState.OFFICIAL: Message("官方签名", "Officially signed"),
    SignatureState.UNTRUSTED: Message("签名人不在信任列表中", "Signed by an untrusted key"),
    SignatureState.UNSIGNED: Message("未签名", "Unsigned"),
    SignatureState.TAMPERED: Message("已被改动", "Tampered"),
}


# --- keys ------------------------------------------------------------------------


def key_id(public_key_bytes: bytes) -> str:
    """A short fingerprint a person can compare: the first 16 hex digits of the key's SHA-256."""
    return hashlib.sha256(public_key_bytes).hexdigest()[:16]


def generate_key() -> tuple[bytes, bytes]:
    """A new signing key: (private key PEM, public key PEM)."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    private = Ed25519PrivateKey.generate()
    private_pem = private.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                        serialization.NoEncryption())
    public_pem = private.public_key().public_bytes(serialization.Encoding.PEM,
                                                   serialization.PublicFormat.SubjectPublicKeyInfo)
    return private_pem, public_pem


def _raw_public(public_pem: bytes) -> bytes:
    from cryptography.hazmat.primitives import serialization

    key = serialization.load_pem_public_key(public_pem)
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def public_key_id(public_pem: bytes) -> str:
    try:
        return key_id(_raw_public(public_pem))
    except (ValueError, TypeError) as exc:
        raise PackageError("这不是一个可用的公钥文件（PEM 格式的 Ed25519 公钥）。",
                           "This is not a usable public key (a PEM Ed25519 public key).", code="bad_key") from exc


# --- packing ---------------------------------------------------------------------


def manifest_for(files: Mapping[str, bytes], guide_id: str, version: str, signer: str = "") -> bytes:
    data = {
        "format": 1,
        "guide_id": guide_id,
        "version": version,
        "signer": signer,
        "files": {name: hashlib.sha256(files[name]).hexdigest() for name in sorted(files)},
    }
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True).encode("utf-8")


def pack(files: Mapping[str, bytes], guide_id: str, version: str, private_pem: bytes | None = None) -> bytes:
    """The bytes of a package of ``files`` (a guide folder's files by relative name), signed if a key is given."""
    signature = b""
    signer = ""
    public_pem = b""
    if private_pem is not None:
        from cryptography.hazmat.primitives import serialization
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

        try:
            private = serialization.load_pem_private_key(private_pem, password=None)
        except (ValueError, TypeError) as exc:
            raise PackageError("无法读取签名私钥（应为 legalcheck guide keygen 生成的 PEM 文件）。",
                               "Cannot read the signing key (a PEM file made by legalcheck guide keygen).",
                               code="bad_key") from exc
        if not isinstance(private, Ed25519PrivateKey):
            raise PackageError("签名私钥不是 Ed25519 密钥。", "The signing key is not an Ed25519 key.", code="bad_key")
        raw = private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        signer = key_id(raw)
        public_pem = private.public_key().public_bytes(serialization.Encoding.PEM,
                                                       serialization.PublicFormat.SubjectPublicKeyInfo)
    manifest = manifest_for(files, guide_id, version, signer)
    if private_pem is not None:
        signature = base64.b64encode(private.sign(manifest)) + b"\n"
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in sorted(files):
            z.writestr(name, files[name])
        z.writestr(MANIFEST, manifest)
        if signature:
            z.writestr(SIGNATURE, signature)
            z.writestr(SIGNER_KEY, public_pem)
    return out.getvalue()


# --- reading ---------------------------------------------------------------------


@dataclass(frozen=True)
class Package:
    files: dict[str, bytes]  # the guide's files
    guide_id: str
    version: str
    signer: str  # key id, "" when unsigned
    state: SignatureState
    detail: Message | None = None  # why it is tampered, for the user


def _refuse(zh: str, en: str, code: str = "bad_package") -> PackageError:
    return PackageError(zh, en, code=code)


def read_package(path: Path | str, trusted: Iterable[bytes] = ()) -> Package:
    """Open a package with every limit in place; its signature state decides what may be done with it."""
    path = Path(path)
    try:
        info = path.stat()
    except OSError as exc:
        raise _refuse(f"无法读取 {path}：{exc.strerror or exc}。", f"Cannot read {path}: {exc.strerror or exc}.") from None
    if not stat.S_ISREG(info.st_mode):
        raise _refuse(f"{path} 不是普通文件。", f"{path} is not a regular file.")
    if info.st_size > MAX_PACKAGE_BYTES:
        raise _refuse(f"指引包超过 {MAX_PACKAGE_BYTES // 1048576} MB 的上限。",
                      f"The package is over the {MAX_PACKAGE_BYTES // 1048576} MB limit.")
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise _refuse(f"{path.name} 不是指引包（无法作为 zip 文件读取：{exc}）。",
                      f"{path.name} is not a guide package (not a readable zip: {exc}).") from None
    with archive:
        members = archive.infolist()
        if len(members) > MAX_MEMBERS:
            raise _refuse(f"指引包中的文件超过 {MAX_MEMBERS} 个。", f"The package holds more than {MAX_MEMBERS} files.")
        total = 0
        raw: dict[str, bytes] = {}
        for member in members:
            name = member.filename
            if member.is_dir():
                continue
            if name not in EXTRA and not _NAME.match(name):
                raise _refuse(f"指引包中有不属于指引的文件“{name}”，已拒绝。",
                              f"The package holds '{name}', which no guide has; refused.")
            if (member.external_attr >> 16) & 0o170000 == stat.S_IFLNK:
                raise _refuse(f"指引包中的“{name}”是链接，已拒绝。", f"'{name}' in the package is a link; refused.")
            if member.file_size > MAX_MEMBER_BYTES:
                raise _refuse(f"指引包中的“{name}”超过大小上限。", f"'{name}' in the package is too large.")
            if member.compress_size and member.file_size / member.compress_size > MAX_RATIO:
                raise _refuse(f"指引包中的“{name}”压缩比异常（可能是压缩炸弹），已拒绝。",
                              f"'{name}' is compressed suspiciously well (a zip bomb?); refused.")
            total += member.file_size
            if total > MAX_TOTAL_BYTES:
                raise _refuse("指引包解压后过大，已拒绝。", "The package unpacks to too much data; refused.")
            if name in raw:
                raise _refuse(f"指引包中“{name}”出现了两次。", f"'{name}' appears twice in the package.")
            try:
                with archive.open(member) as handle:
                    data = handle.read(MAX_MEMBER_BYTES + 1)
            except (zipfile.BadZipFile, zlib.error, OSError, RuntimeError, NotImplementedError) as exc:
                raise _refuse(f"无法读取指引包中的“{name}”（{exc}）。", f"Cannot read '{name}' in the package ({exc}).") from None
            if len(data) > MAX_MEMBER_BYTES:
                raise _refuse(f"指引包中的“{name}”超过大小上限。", f"'{name}' in the package is too large.")
            raw[name] = data
    if MANIFEST not in raw:
        raise _refuse("指引包中缺少文件清单 MANIFEST.json。", "The package has no MANIFEST.json.")
    try:
        manifest = json.loads(raw[MANIFEST].decode("utf-8"))
        listed = manifest["files"]
        guide_id, version, signer = str(manifest["guide_id"]), str(manifest["version"]), str(manifest.get("signer", ""))
        if not isinstance(listed, dict):
            raise TypeError("files")
    except (ValueError, KeyError, TypeError, RecursionError):
        raise _refuse("指引包的文件清单 MANIFEST.json 无法读取。", "The package's MANIFEST.json cannot be read.") from None
    files = {n: d for n, d in raw.items() if n not in EXTRA}
    state, detail = _state(raw, files, listed, signer, trusted)
    return Package(files, guide_id, version, signer, state, detail)


def _state(raw: dict[str, bytes], files: dict[str, bytes], listed: dict, signer: str,
           trusted: Iterable[bytes]) -> tuple[SignatureState, Message | None]:
    actual = {n: hashlib.sha256(d).hexdigest() for n, d in files.items()}
    if set(actual) != set(listed) or any(actual[n] != listed[n] for n in actual):
        changed = sorted(n for n in set(actual) | set(listed) if actual.get(n) != listed.get(n))
        return SignatureState.TAMPERED, Message(
            f"指引包中的文件与清单不一致：{'、'.join(changed[:5])}。", f"Files differ from the manifest: {', '.join(changed[:5])}.")
    if SIGNATURE not in raw:
        return SignatureState.UNSIGNED, None
    try:
        signature = base64.b64decode(raw[SIGNATURE].strip(), validate=True)
    except ValueError:
        return SignatureState.TAMPERED, Message("签名无法读取。", "The signature cannot be read.")
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    trusted_ids = set()
    for pem in trusted:
        try:
            trusted_ids.add(key_id(_raw_public(pem)))
        except (ValueError, TypeError):
            continue
    try:
        signer_key = _raw_public(raw.get(SIGNER_KEY, b""))
    except (ValueError, TypeError):
        return SignatureState.TAMPERED, Message("签名人的公钥无法读取。", "The signer's public key cannot be read.")
    if key_id(signer_key) != signer:
        return SignatureState.TAMPERED, Message("签名人的公钥与清单不符。", "The signer's key does not match the manifest.")
    try:
        Ed25519PublicKey.from_public_bytes(signer_key).verify(signature, raw[MANIFEST])
    except InvalidSignature:
        return SignatureState.TAMPERED, Message("签名与文件清单不符：指引包在签名后被改动。",
                                                "The signature does not match the manifest: changed after signing.")
    return (SignatureState.OFFICIAL if signer in trusted_ids else SignatureState.UNTRUSTED), None
