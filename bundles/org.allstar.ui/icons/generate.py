#!/usr/bin/env python3
# SPDX-License-Identifier: EPL-2.0
"""Draws the studio's icons (a white five-pointed star on a blue rounded square, an orange dot for the
edge) as PNG files in this folder: allstar16.png ... allstar256.png. Plain Python, no imaging library:
each pixel is supersampled 4x4 for smooth edges. Run it again after changing a colour or shape."""
import math
import os
import struct
import zlib

BLUE = (28, 78, 160)
WHITE = (255, 255, 255)
ORANGE = (245, 150, 30)
SAMPLES = 4


def star(cx, cy, outer, inner):
    points = []
    for i in range(10):
        radius = outer if i % 2 == 0 else inner
        angle = -math.pi / 2 + i * math.pi / 5
        points.append((cx + radius * math.cos(angle), cy + radius * math.sin(angle)))
    return points


def inside_polygon(x, y, polygon):
    result = False
    j = len(polygon) - 1
    for i, (xi, yi) in enumerate(polygon):
        xj, yj = polygon[j]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
            result = not result
        j = i
    return result


def inside_rounded_square(x, y, size, radius):
    cx = min(max(x, radius), size - radius)
    cy = min(max(y, radius), size - radius)
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2


def colour_at(x, y, size, shape):
    """The colour of one sample in unit coordinates (0..1), or None outside the icon."""
    if not inside_rounded_square(x, y, 1.0, 0.18):
        return None
    if (x - 0.78) ** 2 + (y - 0.78) ** 2 <= 0.11 ** 2:
        return ORANGE
    if inside_polygon(x, y, shape):
        return WHITE
    return BLUE


def pixels(size):
    shape = star(0.5, 0.52, 0.40, 0.17)
    rows = []
    for py in range(size):
        row = bytearray()
        for px in range(size):
            r = g = b = a = 0
            for sy in range(SAMPLES):
                for sx in range(SAMPLES):
                    c = colour_at((px + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size, size, shape)
                    if c:
                        r += c[0]; g += c[1]; b += c[2]; a += 1
            n = SAMPLES * SAMPLES
            row += bytes((r // a, g // a, b // a, 255 * a // n) if a else (0, 0, 0, 0))
        rows.append(bytes(row))
    return rows


def png(size):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    raw = b"".join(b"\x00" + row for row in pixels(size))
    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    for size in (16, 32, 48, 64, 128, 256):
        with open(os.path.join(here, "allstar%d.png" % size), "wb") as out:
            out.write(png(size))
