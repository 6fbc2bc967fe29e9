#!/usr/bin/env python3
"""Fails when ui/ calls a member of CaseFile that changes the case file anywhere but in
ui/edit_commands/, the one layer through which the window writes (edit_history.h).

The members are read from core/casefile/case_file.h: every non-static, non-const member
function of CaseFile. The few non-const members that change nothing of the case are named
below with the reason; naming one the header no longer has fails too, so the list cannot go
stale.

Usage: ui_writes_through_edits.py SOURCE_DIR
"""

import pathlib
import re
import sys

# Non-const, yet no change of the case that an edit or an act would make.
NOT_WRITES = {
    "events": "the change notifications to subscribe to",
    "useScreening": "the read cache: takes a screening read on another connection",
    "adoptRanking": "the read cache: takes a ranking worked out on another connection",
    "signIn": "the session: who acts (a first sign-in registers the member's key)",
    "signOut": "the session: who acts",
}


def strip_comments(text):
    text = re.sub(r"/\*.*?\*/", lambda m: "\n" * m.group(0).count("\n"), text, flags=re.S)
    return re.sub(r"//[^\n]*", "", text)


def case_file_members(header):
    """Name -> True when some overload is a non-static, non-const member function."""
    text = strip_comments(header.read_text(encoding="utf-8"))
    body = re.search(r"\nclass CaseFile \{(.*?)\nprivate:", text, flags=re.S)
    if not body:
        sys.exit(f"{header}: no 'class CaseFile {{ ... private:' found")
    members = {}
    # Nested structs and enums hold no member functions of CaseFile.
    declarations = re.sub(r"\b(struct|enum class)\s+\w+\s*\{[^{}]*\};", ";", body.group(1))
    for declaration in declarations.split(";"):
        declaration = " ".join(declaration.split())
        call = re.search(r"([A-Za-z_]\w*)\s*\(", declaration)
        if not call or declaration.startswith(("static ", "using ", "friend ")):
            continue
        name = call.group(1)
        if name in ("CaseFile", "operator") or declaration.startswith("~"):
            continue
        writes = not re.search(r"\)\s*const\b", declaration)
        members[name] = members.get(name, False) or writes
    return {name for name, writes in members.items() if writes}


def main():
    root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else ".").resolve()
    writes = case_file_members(root / "core/casefile/case_file.h")
    problems = [
        f"core/casefile/case_file.h: '{name}' is no longer a non-const member of CaseFile; "
        f"take it off NOT_WRITES in {pathlib.Path(__file__).name}"
        for name in sorted(set(NOT_WRITES) - writes)
    ]
    writes -= set(NOT_WRITES)
    if not writes:
        problems.append("core/casefile/case_file.h: no write member of CaseFile found")
    call = re.compile(r"(?:\.|->)\s*(" + "|".join(sorted(writes)) + r")\s*\(")
    layer = root / "ui/edit_commands"
    for path in sorted((root / "ui").rglob("*")):
        if path.suffix not in (".cpp", ".h") or layer in path.parents:
            continue
        text = strip_comments(path.read_text(encoding="utf-8"))
        for number, line in enumerate(text.splitlines(), 1):
            for found in call.finditer(line):
                problems.append(
                    f"{path.relative_to(root)}:{number}: calls CaseFile::{found.group(1)}, "
                    "which changes the case file: make it an EditCommand or an IrreversibleAct "
                    "in ui/edit_commands/ and take it through EditHistory")
    for problem in problems:
        print(problem)
    if problems:
        return 1
    print(f"ui/ writes the case file only through ui/edit_commands/ "
          f"({len(writes)} write members of CaseFile checked)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
