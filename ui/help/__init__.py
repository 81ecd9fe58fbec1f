"""Help windows written from the guide in use."""
