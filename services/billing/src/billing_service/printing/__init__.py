"""Printed documents: the sheet a document prints as (labels in English or Telugu, tax table, words,
UPI QR) and the A4 PDF Typst sets from it, Telugu shaped by HarfBuzz with the packaged Noto fonts."""
