"""Services: the layer under the HTTP routes and the CLI."""
