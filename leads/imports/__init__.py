"""CSV import of leads: the reader (encodings, delimiters, headers), row validation with the
intake API's normalisation, the batched all-or-nothing import, import jobs for the page, and the
Olist data set."""
