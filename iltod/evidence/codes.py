"""Diagnostic codes of the evidence pipeline (range E3xx/W3xx), English and Mongolian."""

from __future__ import annotations

from iltod.codes import CODES, Code

CODES.update(
    {
        "E300": Code(
            "expected a file of at most {limit}, got {size}; make it smaller (photos: export at "
            "a lower resolution; documents: save as PDF)",
            "файлын хэмжээ {limit}-аас ихгүй байх ёстой; {size} байна; багасгана уу (зураг: "
            "бага нягтаршлаар хадгалах; баримт бичиг: PDF болгох)",
            "Attachment over the size limit",
        ),
        "E301": Code(
            "expected {expected} content for a '{ext}' file, got {got}",
            "'{ext}' өргөтгөлтэй файлд {expected} агуулга байх ёстой; {got} байна",
            "Content does not match the file extension",
        ),
        "E302": Code(
            "expected a photo or a document, got {got}, which can run scripts in a browser and "
            "is never published; export it as PNG or PDF",
            "зураг эсвэл баримт бичиг байх ёстой; {got} байна — хөтөч дээр скрипт ажиллуулж "
            "болох тул нийтлэхгүй; PNG эсвэл PDF болгож хадгална уу",
            "Active content (SVG or HTML) refused",
        ),
        "E303": Code(
            "expected an image of at most {limit} pixels, got {got}; this could exhaust the "
            "build's memory (a decompression bomb) — resize it",
            "зураг {limit} пикселээс ихгүй байх ёстой; {got} байна — санах ойг дүүргэж болзошгүй; "
            "хэмжээг нь багасгана уу",
            "Image too large in pixels (decompression bomb)",
        ),
        "E304": Code(
            "expected a complete, readable image, got a damaged file: {problem}; "
            "copy it again from the camera or phone",
            "бүтэн, уншигдах зураг байх ёстой; файл гэмтсэн байна: {problem}; "
            "утас эсвэл камераасаа дахин хуулна уу",
            "Truncated or corrupt image",
        ),
        "E305": Code(
            "expected JPEG, PNG or WebP, got HEIC and this build cannot read it "
            "(install iltod[heic]); or export the photo as JPEG (iPhone: Settings → Camera → "
            "Formats → Most Compatible)",
            "JPEG, PNG эсвэл WebP байх ёстой; HEIC зураг уншигдахгүй байна; зургийг JPEG болгож "
            "хадгална уу (iPhone: Settings → Camera → Formats → Most Compatible)",
            "HEIC image without HEIC support",
        ),
        "E306": Code(
            "expected one of {allowed}, got '{ext}'",
            "{allowed}-ийн аль нэг төрлийн файл байх ёстой; '{ext}' байна",
            "Unsupported attachment type",
        ),
        "E307": Code(
            "expected the image to be published, got an error while processing it: {problem}",
            "зургийг нийтлэх явцад алдаа гарлаа: {problem}",
            "Image could not be processed",
        ),
        "W300": Code(
            "expected {expected} content for a '{ext}' file, got {got}; it is published anyway "
            "(it is re-encoded), but rename the file",
            "'{ext}' файлд {expected} агуулга байх ёстой; {got} байна; нийтлэгдэнэ, гэхдээ "
            "файлын нэрийг засна уу",
            "Image format differs from its extension",
        ),
    }
)
