"""Exercise what needs system libraries (the whole site, a PDF in Albanian and Serbian, an
image re-encoded) and print every system file this process mapped, one per line."""

import io
import os
import sys

sys.path.insert(0, os.getcwd())
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.test")

import django  # noqa: E402

django.setup()

from weasyprint import HTML  # noqa: E402

import cms.urls  # noqa: E402, F401
from services.complaints import uploads  # noqa: E402

# Kept alive until the maps are read: its fonts stay mapped only while something holds them.
document = HTML(string="<p>Kllokot: ç ë Ç Ë – Klokot: č ć đ š ž Č Ć Đ Š Ž</p>").render()
document.write_pdf()
from PIL import Image  # noqa: E402

for kind in ("JPEG", "PNG"):
    out = io.BytesIO()
    Image.new("RGB", (8, 8)).save(out, kind)
    uploads.finish(uploads.Inspected("x", out.getvalue(), kind.lower()))

mapped = set()
with open("/proc/self/maps") as maps:
    for line in maps:
        parts = line.split(maxsplit=5)
        if len(parts) == 6 and parts[5].startswith(("/usr/", "/lib")):
            mapped.add(parts[5].strip())
print("\n".join(sorted(mapped)))
