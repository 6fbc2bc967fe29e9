#!/usr/bin/env python3
"""Fails when ui/ calls a member of the case that changes the case file anywhere but in
ui/edit_commands/, the one layer through which the window writes (edit_history.h).

The members are read from the headers of the case's parts (core/casefile/*_repository.h and
data_protection.h, one class each, listed in PARTS): every non-static, non-const member
function. The few non-const members that change nothing of the case are named below with the
reason; naming one no header has any more fails too, so the list cannot go stale.

Usage: ui_writes_through_edits.py SOURCE_DIR
"""

import pathlib
import re
import sys

# Non-const, yet no change of the case that an edit or an act would make.
NOT_WRITES = {
    "events": "the change notifications to subscribe to",
    "signIn": "the session: who acts (a first sign-in registers the member's key)",
    "signOut": "the session: who acts",
}

# The case's parts (core/casefile/case_file.h holds one of each): header -> class.
PARTS = {
    "applications_repository.h": "ApplicationsRepository",
    "screening_repository.h": "ScreeningRepository",
    "panel_repository.h": "PanelRepository",
    "marking_repository.h": "MarkingRepository",
    "results_repository.h": "ResultsRepository",
    "record_repository.h": "RecordRepository",
    "identity_repository.h": "IdentityRepository",
    "workbook_repository.h": "WorkbookRepository",
    "data_protection.h": "DataProtection",
}


def strip_comments(text):
    text = re.sub(r"/\*.*?\*/", lambda m: "\n" * m.group(0).count("\n"), text, flags=re.S)
    return re.sub(r"//[^\n]*", "", text)


def write_members(header, cls):
    """The names of the class's public non-static, non-const member functions."""
    text = strip_comments(header.read_text(encoding="utf-8"))
    body = re.search(r"\nclass " + cls + r" \{(.*?)\n(?:private:|\};)", text, flags=re.S)
    if not body:
        sys.exit(f"{header}: no 'class {cls} {{ ... private:' found")
    members = {}
    # Nested structs and enums hold no member functions of CaseFile.
    declarations = re.sub(r"\b(struct|enum class)\s+\w+\s*\{[^{}]*\};", ";", body.group(1))
    # Inline bodies (a constructor's "{}") end a declaration as a ";" does.
    declarations = re.sub(r"\{[^{}]*\}", ";", declarations)
    for declaration in declarations.split(";"):
        declaration = " ".join(declaration.split())
        call = re.search(r"([A-Za-z_]\w*)\s*\(", declaration)
        if not call or declaration.startswith(("static ", "using ", "friend ")):
            continue
        name = call.group(1)
        if name in (cls, "operator") or declaration.startswith(("~", "explicit ")):
            continue
        writes = not re.search(r"\)\s*const\b", declaration)
        members[name] = members.get(name, False) or writes
    return {name for name, writes in members.items() if writes}


def main():
    root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else ".").resolve()
    writes = set()
    problems = []
    for header, cls in PARTS.items():
        found = write_members(root / "core/casefile" / header, cls)
        if not found - set(NOT_WRITES):
            problems.append(f"core/casefile/{header}: no write member of {cls} found")
        writes |= found
    problems += [
        f"core/casefile: '{name}' is no longer a non-const member of any part of the case; "
        f"take it off NOT_WRITES in {pathlib.Path(__file__).name}"
        for name in sorted(set(NOT_WRITES) - writes)
    ]
    writes -= set(NOT_WRITES)
    call = re.compile(r"(?:\.|->)\s*(" + "|".join(sorted(writes)) + r")\s*\(")
    layer = root / "ui/edit_commands"
    for path in sorted((root / "ui").rglob("*")):
        if path.suffix not in (".cpp", ".h") or layer in path.parents:
            continue
        text = strip_comments(path.read_text(encoding="utf-8"))
        for number, line in enumerate(text.splitlines(), 1):
            for found in call.finditer(line):
                problems.append(
                    f"{path.relative_to(root)}:{number}: calls {found.group(1)}, "
                    "which changes the case file: make it an EditCommand or an IrreversibleAct "
                    "in ui/edit_commands/ and take it through EditHistory")
    for problem in problems:
        print(problem)
    if problems:
        return 1
    print(f"ui/ writes the case file only through ui/edit_commands/ "
          f"({len(writes)} write members of the case's parts checked)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
