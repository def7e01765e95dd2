# The bad legacy-file corpus: each file is a good fixture (../ParaView/readers) broken in one way, and
# expected.json says what the reader's error must name (besides the file): where and what.
import json, os, re
HERE = os.path.dirname(os.path.abspath(__file__))
GOOD = os.path.join(HERE, "..", "ParaView", "readers")
def good(name):
    with open(os.path.join(GOOD, name), "rb") as f: return f.read()
cases = {}
def case(name, data, where, what, header=True):
    # header: whether the header-only pass (RequestInformation, which skips values) must see it too.
    with open(os.path.join(HERE, name), "wb") as f: f.write(data)
    cases[name] = {"where": where, "what": what, "header": header}
ascii_grid = good("unstructured_ascii.vtk"); binary_grid = good("unstructured_binary.vtk")
ascii_image = good("image_ascii.vtk"); binary_rect = good("rectilinear_binary.vtk")
case("empty.vtk", b"", "line 1", "# vtk DataFile Version")
case("wrong_header.vtk", b"# not a vtk file\n" + ascii_grid.split(b"\n", 1)[1], "line 1", "# vtk DataFile Version")
case("wrong_format_word.vtk", ascii_grid.replace(b"ASCII", b"TEXT", 1), "line 3", "ASCII' or 'BINARY")
case("unknown_dataset.vtk", ascii_grid.replace(b"UNSTRUCTURED_GRID", b"HYPER_GRID", 1), "line 4", "HYPER_GRID")
case("truncated_ascii.vtk", ascii_grid[: len(ascii_grid) // 2], "", "end of file")
case("truncated_binary.vtk", binary_grid[: len(binary_grid) // 2], "line", "")
case("lying_points.vtk", re.sub(rb"POINTS \d+", b"POINTS 1000000000", ascii_grid, count=1), "line", "3000000000")
case("lying_points_binary.vtk", re.sub(rb"POINTS \d+", b"POINTS 2000000000", binary_grid, count=1), "line", "")
case("huge_dimensions.vtk", re.sub(rb"DIMENSIONS \d+ \d+ \d+", b"DIMENSIONS 100000 100000 100000", ascii_image, count=1), "line", "100000")
case("lying_point_data.vtk", re.sub(rb"POINT_DATA \d+", b"POINT_DATA 999999999", ascii_image, count=1), "line", "")
case("lying_coordinates.vtk", re.sub(rb"X_COORDINATES \d+", b"X_COORDINATES 900000000", binary_rect, count=1), "line", "X_COORDINATES")
case("negative_count.vtk", re.sub(rb"POINTS \d+", b"POINTS -5", ascii_grid, count=1), "line", "POINTS n")
case("bad_cell_type.vtk", re.sub(rb"CELL_TYPES (\d+)\n(\d+)", lambda m: b"CELL_TYPES " + m.group(1) + b"\n99", ascii_grid, count=1), "line", "99", header=False)
case("point_id_out_of_range.vtk", re.sub(rb"CONNECTIVITY vtktypeint64\n(\d+)", b"CONNECTIVITY vtktypeint64\n7777", ascii_grid, count=1), "line", "7777", header=False)
case("not_a_number.vtk", re.sub(rb"(POINTS \d+ \w+\n)[^ \n]+", lambda m: m.group(1) + b"abc", ascii_grid, count=1), "line", "abc", header=False)
with open(os.path.join(HERE, "expected.json"), "w") as f: json.dump(cases, f, indent=1, sort_keys=True)
