"""The ingest stage: report files (.txt, .pdf, .docx, .html) to clean DOCUMENTS rows."""

from pipeline.ingest.documents import SUPPORTED_SUFFIXES, collect_files, doc_id_of, iter_documents, read_document

__all__ = ["SUPPORTED_SUFFIXES", "collect_files", "doc_id_of", "iter_documents", "read_document"]
