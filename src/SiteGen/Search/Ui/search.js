/* Placeholder written by the search engine helper: the UI helper replaces this file with the search box script (see /work/search-spec.md). */
