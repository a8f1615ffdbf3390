"""Exports in the IAAC table layout: :func:`iltod.iaac.write.xlsx.plan_xlsx`,
:func:`iltod.iaac.write.docx.plan_docx` and :func:`iltod.iaac.write.xlsx.template_xlsx`.

They need the ``office`` extra (openpyxl, python-docx); import the submodules directly.
"""
