return SiteGen.SiteGenCli.Run(args, Console.Out, Console.Error);
