"""Evidence files: check, encode and publish the photos and files that back a reported percent.

This layer knows files, not plans: :func:`iltod.load.attachments.entries` finds a repository's
declared attachments and hands them over as :class:`~iltod.evidence.entry.Entry` objects.

=================  ===============================================================
module             role
=================  ===============================================================
``entry``          one declared attachment, found on disk and located in its plan
``settings``       widths, quality, limits; the cache fingerprint; size labels
``kinds``          extensions and content sniffing (a ".jpg" that is HTML)
``guard``          opening untrusted images: pixel limit, truncation, warnings policy
``inspect``        checks without encoding (``iltod validate``)
``encode``         one image → oriented, sRGB, metadata-free WebP variants in the cache
``cache``          content-hash cache under ``.cache/images/``, atomic entries
``workers``        the process pool (2 workers by default)
``publish``        the site-facing API: :func:`publish` → :class:`Published`
=================  ===============================================================
"""

from __future__ import annotations

from iltod.evidence.guard import Problem, heif_available
from iltod.evidence.inspect import check_file
from iltod.evidence.settings import Settings, size_label

__all__ = ["Problem", "Settings", "check_file", "heif_available", "size_label"]
