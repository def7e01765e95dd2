#!/usr/bin/env python3
"""Prints, from every TRX in a folder, each failed test with the start of its message and stack, then the plain
closing line 'N passed, N failed[, N skipped]'. The failures come last on purpose: a CI log shows its tail.
Exits 1 if any test failed or no test ran at all."""
import glob
import sys
import xml.etree.ElementTree as ET

NS = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
MESSAGE_LINES = 8
STACK_LINES = 4


def head(text, count):
    lines = [line.rstrip() for line in (text or "").strip().splitlines() if line.strip()]
    shown = lines[:count]
    if len(lines) > count:
        shown.append(f"... ({len(lines) - count} more lines in the TRX)")
    return shown


passed = failed = skipped = 0
failures = []
for path in sorted(glob.glob(f"{sys.argv[1]}/*.trx")):
    root = ET.parse(path).getroot()
    for result in root.iterfind(".//t:UnitTestResult", NS):
        outcome = result.get("outcome")
        if outcome == "Passed":
            passed += 1
        elif outcome == "NotExecuted":
            skipped += 1
        else:
            failed += 1
            info = result.find("t:Output/t:ErrorInfo", NS)
            message = info.findtext("t:Message", default="", namespaces=NS) if info is not None else ""
            stack = info.findtext("t:StackTrace", default="", namespaces=NS) if info is not None else ""
            failures.append((result.get("testName"), result.get("duration"), message, stack))

for name, duration, message, stack in failures:
    print(f"FAILED: {name} (after {duration})")
    for line in head(message, MESSAGE_LINES) + head(stack, STACK_LINES):
        print(f"    {line}")
line = f"{passed} passed, {failed} failed"
if skipped:
    line += f", {skipped} skipped"
print(line)
sys.exit(1 if failed or passed == 0 else 0)
