from eventxperts_cli.main import main

main()
