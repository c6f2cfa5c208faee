from users_service.main import run

run()
