"""``legalcheck guide list|install|remove|keygen|pack|verify|trust|diff``: guide releases."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from checklist.errors import UserError

from .common import clean, guide_dir, load_guide_or_fail, out, print_json, say


def add_to(sub: argparse._SubParsersAction) -> None:
    listing = sub.add_parser("list", help="本机的指引：随软件提供的和已安装的 / guides on this machine")
    listing.add_argument("--format", choices=("text", "json"), default="text")
    listing.set_defaults(run=run_list)

    install = sub.add_parser("install", help="安装指引包 / install a guide package")
    install.add_argument("package", metavar="GUIDE.zip")
    install.add_argument("--allow-unsigned", action="store_true",
                         help="安装未签名或签名人不受信任的指引包（请先确认来源） / install an unsigned package")
    install.set_defaults(run=run_install)

    remove = sub.add_parser("remove", help="删除已安装的指引 / remove an installed guide")
    remove.add_argument("guide", metavar="ID@VERSION")
    remove.set_defaults(run=run_remove)

    keygen = sub.add_parser("keygen", help="生成签名密钥 / make a signing key pair")
    keygen.add_argument("-o", "--output", required=True, metavar="KEY",
                        help="私钥文件；公钥写入 KEY.pub / private key file; the public key goes to KEY.pub")
    keygen.set_defaults(run=run_keygen)

    pack = sub.add_parser("pack", help="把指引文件夹打包（并签名） / pack (and sign) a guide folder")
    pack.add_argument("dir", metavar="DIR")
    pack.add_argument("-o", "--output", required=True, metavar="GUIDE.zip")
    pack.add_argument("--sign", metavar="KEY", help="私钥文件 / private key")
    pack.set_defaults(run=run_pack)

    verify = sub.add_parser("verify", help="检查指引包的签名和内容 / check a package's signature and content")
    verify.add_argument("package", metavar="GUIDE.zip")
    verify.set_defaults(run=run_verify)

    trust = sub.add_parser("trust", help="信任一个公钥（发布机关提供） / trust a public key")
    trust.add_argument("key", metavar="KEY.pub")
    trust.set_defaults(run=run_trust)

    diff = sub.add_parser("diff", help="比较两个版本的指引 / compare two guide versions")
    diff.add_argument("old", metavar="OLD", help="指引文件夹、指引包或 编号@版本 / folder, package or ID@VERSION")
    diff.add_argument("new", metavar="NEW")
    diff.add_argument("--format", choices=("text", "json", "html"), default="text")
    diff.set_defaults(run=run_diff)


def _library():
    from checklist.library import GuideLibrary

    return GuideLibrary()


def load_any(spec: str, lang: str):
    """A guide from a folder, a package file or an installed ID@VERSION."""
    from checklist.loader import GuideError, check_sources

    path = Path(spec)
    if path.is_dir():
        return load_guide_or_fail(spec, lang)
    if path.suffix.lower() == ".zip" and path.exists():
        from checklist.package import read_package

        package = read_package(path, _library().trusted_keys())
        guide, problems = check_sources(package.files)
        if guide is None:
            for problem in problems:
                out(problem.render(lang), file=sys.stderr)
            raise GuideError(problems)
        return guide
    if "@" in spec:
        guide_id, version = spec.split("@", 1)
        entry = _library().find(guide_id, version)
        if entry is not None:
            return entry.guide
    raise UserError(f"找不到指引 {spec}（可以是指引文件夹、指引包，或 legalcheck guide list 列出的 编号@版本）。",
                    f"Guide {spec} not found (a folder, a package, or ID@VERSION from legalcheck guide list).")


def run_list(args: argparse.Namespace) -> int:
    entries = _library().entries()
    if args.format == "json":
        print_json([{"id": e.guide.meta.id, "version": e.guide.meta.version, "title": e.guide.meta.title,
                     "effective_date": e.guide.meta.effective_date, "law_status_date": e.guide.meta.law_status_date,
                     "issuing_body": e.guide.meta.issuing_body, "state": e.state.value, "signer": e.signer,
                     "path": str(e.path)} for e in entries])
        return 0
    for e in entries:
        m = e.guide.meta
        status = m.law_status_date.isoformat() if m.law_status_date else "—"
        out(f"{e.key}\t{m.title}\t{say(args.lang, '施行', 'effective')} {m.effective_date}\t"
              f"{say(args.lang, '法律状态截至', 'law as of')} {status}\t{m.issuing_body}\t{e.state.text(args.lang)}")
    return 0


def run_install(args: argparse.Namespace) -> int:
    from checklist.loader import GuideError

    try:
        entry = _library().install(Path(args.package), allow_unsigned=args.allow_unsigned)
    except GuideError as exc:
        for problem in exc.problems:
            out(problem.render(args.lang), file=sys.stderr)
        raise UserError(f"指引包中的指引有 {len([p for p in exc.problems if not p.warning])} 处问题，未安装。",
                        "The package's guide has problems; it was not installed.") from None
    except UserError as exc:
        if exc.code == "unsigned":
            raise UserError(exc.zh + "如确认来源可靠，请加 --allow-unsigned 重新运行。",
                            exc.en + " If you trust its source, run again with --allow-unsigned.") from None
        raise
    m = entry.guide.meta
    out(say(args.lang, f"已安装“{m.title}”{m.version}（{entry.state.text()}）。",
              f"Installed '{m.title}' {m.version} ({entry.state.text('en')})."))
    return 0


def run_remove(args: argparse.Namespace) -> int:
    guide_id, _, version = args.guide.partition("@")
    _library().remove(guide_id, version)
    out(say(args.lang, f"已删除 {args.guide}。", f"Removed {args.guide}."))
    return 0


def run_keygen(args: argparse.Namespace) -> int:
    from checklist.package import generate_key, public_key_id

    private_path = Path(args.output)
    public_path = private_path.with_name(private_path.name + ".pub")
    for path in (private_path, public_path):
        if path.exists():
            raise UserError(f"{path} 已存在，不会覆盖。", f"{path} exists; not overwritten.")
    private_pem, public_pem = generate_key()
    try:
        private_path.touch(mode=0o600)
        private_path.write_bytes(private_pem)
        public_path.write_bytes(public_pem)
    except OSError as exc:
        raise UserError(f"无法写入密钥文件：{exc.strerror or exc}。", f"Cannot write the key files: {exc.strerror or exc}.") from None
    kid = public_key_id(public_pem)
    out(say(args.lang,
              f"已生成签名密钥：私钥 {private_path}（妥善保管，不要外发），公钥 {public_path}（发给使用方，编号 {kid}）。",
              f"Made a signing key: private {private_path} (keep it safe), public {public_path} (share it; id {kid})."))
    return 0


def run_pack(args: argparse.Namespace) -> int:
    from checklist.loader import read_guide_dir
    from checklist.package import pack

    target = Path(args.output)
    if target.exists():
        raise UserError(f"{target} 已存在，不会覆盖。", f"{target} exists; not overwritten.")
    guide = load_guide_or_fail(args.dir, args.lang)  # only a guide that validates is released
    key = None
    if args.sign:
        try:
            key = Path(args.sign).read_bytes()
        except OSError as exc:
            raise UserError(f"无法读取私钥 {args.sign}：{exc.strerror or exc}。", f"Cannot read {args.sign}.") from None
    data = pack(read_guide_dir(guide_dir(args.dir)), guide.meta.id, guide.meta.version, key)
    try:
        target.write_bytes(data)
    except OSError as exc:
        raise UserError(f"无法写入 {target}：{exc.strerror or exc}。", f"Cannot write {target}: {exc.strerror or exc}.") from None
    signed = say(args.lang, "已签名", "signed") if key else say(args.lang, "未签名", "unsigned")
    out(say(args.lang, f"已打包“{guide.meta.title}”{guide.meta.version}（{signed}）：{target}",
              f"Packed '{guide.meta.title}' {guide.meta.version} ({signed}): {target}"))
    return 0


def run_verify(args: argparse.Namespace) -> int:
    from checklist.loader import GuideError
    from checklist.package import SignatureState

    library = _library()
    try:
        package, guide = library.check(Path(args.package))
    except GuideError as exc:
        for problem in exc.problems:
            out(problem.render(args.lang), file=sys.stderr)
        raise UserError("指引包中的指引未通过校验。", "The package's guide does not validate.") from None
    out(say(args.lang, f"“{guide.meta.title}”{guide.meta.version}：{package.state.text()}"
                         f"{'（签名人 ' + package.signer + '）' if package.signer else ''}；内容校验通过。",
              f"'{guide.meta.title}' {guide.meta.version}: {package.state.text('en')}"
              f"{' (signer ' + package.signer + ')' if package.signer else ''}; the content validates."))
    return 0 if package.state is SignatureState.OFFICIAL else 3  # usable, but not vouched for


def run_trust(args: argparse.Namespace) -> int:
    try:
        pem = Path(args.key).read_bytes()
    except OSError as exc:
        raise UserError(f"无法读取 {args.key}：{exc.strerror or exc}。", f"Cannot read {args.key}.") from None
    kid = _library().add_key(pem)
    out(say(args.lang, f"已信任公钥 {kid}。由它签名的指引包将显示为官方签名。",
              f"Trusted key {kid}; packages it signs show as officially signed."))
    return 0


def run_diff(args: argparse.Namespace) -> int:
    from checklist.guidediff import diff, to_data, to_html, to_text

    result = diff(load_any(args.old, args.lang), load_any(args.new, args.lang))
    if args.format == "json":
        print_json(to_data(result))
    elif args.format == "html":
        sys.stdout.write(clean(to_html(result, args.lang)))
    else:
        sys.stdout.write(clean(to_text(result, args.lang)))
    return 0
