System.Console.WriteLine("0.0.0");
