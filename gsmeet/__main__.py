from gsmeet.cli import main

raise SystemExit(main())
