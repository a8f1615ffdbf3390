"""Exports in the IAAC table layout: :func:`iltod.exporters.xlsx.plan_xlsx`,
:func:`iltod.exporters.docx.plan_docx` and :func:`iltod.exporters.xlsx.template_xlsx`.

They need the ``office`` extra (openpyxl, python-docx); import the submodules directly.
"""
