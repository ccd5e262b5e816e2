# target_sources(sonda_core PRIVATE ...)
