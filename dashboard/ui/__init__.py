"""The only Streamlit-aware part of the core: caches, session keys, widgets, sections."""
