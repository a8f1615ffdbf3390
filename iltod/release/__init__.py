"""What a release publishes beside the open data so that anyone can check it: the data
package's description (:mod:`.datapackage`), the release manifest (:mod:`.manifest`), and its
verification (:mod:`.verify`).

Every one of them is made from the objects the open data is written from (the
:func:`iltod.opendata.to_dict` document and the bytes written): nothing here reads a plan or
computes a rule.
"""
