"""Planpuls — the entry point: the web server, and the page frame over pages/.

``streamlit run app.py`` imports this file to look for an ASGI app: outside a
script run it builds ``app``, Streamlit's server with Planpuls' own routes
(dashboard/server.py: the HttpOnly session cookie, the API, the command line's
route; add routes there, and what the server does on start and exit), which then
runs this same file as the Streamlit script for every visitor: page config,
language, account, navigation over pages/.
"""

from streamlit.runtime.scriptrunner import get_script_run_ctx

if get_script_run_ctx(suppress_warning=True) is None:
    import streamlit as st
    from starlette.middleware import Middleware

    from dashboard import server, unknown_pages
    from dashboard.ui.state import shared_database

    base_url = st.get_option("server.baseUrlPath")
    own_routes = server.routes(shared_database, base_url)
    app = st.App(
        __file__,
        routes=own_routes,
        lifespan=server.lifespan(shared_database, st.get_option),
        # an unknown address opens the start page, not Streamlit's English dialog
        middleware=[
            Middleware(
                unknown_pages.UnknownPageRedirect,
                reserved=unknown_pages.first_segments(own_routes, base_url),
                base_url=base_url,
            )
        ],
    )
else:
    from dashboard.ui import frame

    t = frame.start()
    frame.navigation(t).run()
