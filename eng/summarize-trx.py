#!/usr/bin/env python3
"""Prints the plain closing line 'N passed, N failed[, N skipped]' from every TRX in a folder, and the
names of failed tests. Exits 1 if any test failed or no test ran at all."""
import glob
import sys
import xml.etree.ElementTree as ET

NS = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
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
            failures.append(result.get("testName"))

for name in failures:
    print(f"FAILED: {name}")
line = f"{passed} passed, {failed} failed"
if skipped:
    line += f", {skipped} skipped"
print(line)
sys.exit(1 if failed or passed == 0 else 0)
